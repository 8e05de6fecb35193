import { MarkdownString, StatusBarAlignment, window, type Disposable, type StatusBarItem, type TextEditor } from 'vscode';
import type { DocumentStatus } from '../../server/src/lsp/protocol';

/** Status bar item for our documents: the release in force and the driver; a click changes the release. */
export class StatusBar implements Disposable {
  private readonly item: StatusBarItem;
  private generation = 0;

  constructor(private readonly statusOf: (uri: string) => Promise<DocumentStatus | null>, selectReleaseCommand: string) {
    this.item = window.createStatusBarItem('magnumHeat.status', StatusBarAlignment.Right, 100);
    this.item.name = 'Magnum & Heat';
    this.item.command = selectReleaseCommand;
  }

  /** Re-asks the server about the active editor; an answer that arrives after a newer question is dropped. */
  async refresh(editor: TextEditor | undefined = window.activeTextEditor): Promise<void> {
    const generation = ++this.generation;
    const status = editor ? await this.statusOf(editor.document.uri.toString()).catch(() => null) : null;
    if (generation !== this.generation) return;
    if (!status?.checked) {
      this.item.hide();
      return;
    }
    const driver = status.driver ? ` · ${status.driver}` : '';
    this.item.text = `$(cloud) OpenStack ${status.release}${driver}`;
    const tooltip = new MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**Magnum & Heat**\n\n${status.reason}\n\n`);
    tooltip.appendMarkdown(`Release: \`${status.release}\`\n\n`);
    tooltip.appendMarkdown(status.driver ? `Driver: \`${status.driver}\` (${status.driverSource === 'setting' ? 'from magnumHeat.driver' : 'from the path'})\n\n` : '');
    tooltip.appendMarkdown('Click to change the release.');
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `Magnum & Heat: OpenStack ${status.release}${status.driver ? `, driver ${status.driver}` : ''}` };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
