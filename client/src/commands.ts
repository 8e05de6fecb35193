import { commands, ConfigurationTarget, Uri, window, workspace, type ExtensionContext, type QuickPickItem } from 'vscode';
import type { DocumentStatus } from '../../server/src/lsp/protocol';

export const COMMANDS = {
  explainFile: 'magnumHeat.explainFile',
  selectRelease: 'magnumHeat.selectRelease',
  showRuleDocumentation: 'magnumHeat.showRuleDocumentation',
  restartServer: 'magnumHeat.restartServer',
  lintWorkspace: 'magnumHeat.lintWorkspace',
} as const;

/** "Show why this file is (not) checked": a message with the server's reason; returns it for callers and tests. */
export async function explainFile(statusOf: (uri: string) => Promise<DocumentStatus | null>): Promise<string | undefined> {
  const editor = window.activeTextEditor;
  if (!editor) {
    void window.showInformationMessage('Magnum & Heat: open a file first, then ask why it is (not) checked.');
    return undefined;
  }
  const { document } = editor;
  const status = await statusOf(document.uri.toString());
  const explanation = status
    ? [status.reason, status.checked ? `Release ${status.release}${status.driver ? `, driver ${status.driver} (${status.driverSource === 'setting' ? 'magnumHeat.driver' : 'from the path'})` : ''}.` : '']
      .filter(Boolean).join(' ')
    : `Not checked: its language is '${document.languageId}'; Magnum & Heat reads Magnum config, INI *.conf and YAML files.`;
  void window.showInformationMessage(explanation);
  return explanation;
}

/** Releases offered by the `magnumHeat.release` setting, newest first ('' = the default). */
function releasesOf(context: ExtensionContext): string[] {
  const properties = context.extension.packageJSON?.contributes?.configuration?.properties as Record<string, { enum?: string[] }> | undefined;
  return (properties?.['magnumHeat.release']?.enum ?? []).filter((r) => r !== '').reverse();
}

const DEFAULT_RELEASE_LABEL = '$(discard) Default';

/**
 * Quick pick of releases that writes `magnumHeat.release` (workspace settings when a folder is open,
 * else user settings); "Default" removes the setting. Returns what was picked.
 */
export async function selectRelease(context: ExtensionContext): Promise<string | undefined> {
  const configuration = workspace.getConfiguration('magnumHeat');
  const current = configuration.get<string>('release') ?? '';
  const items: QuickPickItem[] = [
    { label: DEFAULT_RELEASE_LABEL, description: `the project's .magnum-heat.yaml, else the newest${current === '' ? ' (current)' : ''}` },
    ...releasesOf(context).map((release) => ({ label: release, ...(release === current ? { description: 'current' } : {}) })),
  ];
  const picked = await window.showQuickPick(items, { title: 'Magnum & Heat: OpenStack release', placeHolder: 'Release whose knowledge is used' });
  if (!picked) return undefined;
  const release = picked.label === DEFAULT_RELEASE_LABEL ? '' : picked.label;
  const target = workspace.workspaceFolders?.length ? ConfigurationTarget.Workspace : ConfigurationTarget.Global;
  await configuration.update('release', release === '' ? undefined : release, target);
  return release;
}

/** Opens the rule's page shipped in the extension (docs/rules/<rule>.md) as a Markdown preview, offline. */
export async function showRuleDocumentation(context: ExtensionContext, rule?: unknown): Promise<Uri | undefined> {
  const folder = Uri.joinPath(context.extensionUri, 'docs', 'rules');
  let id = typeof rule === 'string' && /^[a-z0-9-]+$/.test(rule) ? rule : undefined;
  if (!id) {
    const pages = (await workspace.fs.readDirectory(folder)).map(([name]) => name).filter((n) => n.endsWith('.md') && n !== 'README.md');
    id = (await window.showQuickPick(pages.map((n) => n.slice(0, -3)).sort(), { title: 'Magnum & Heat: rule documentation' })) ?? undefined;
    if (!id) return undefined;
  }
  const page = Uri.joinPath(folder, `${id}.md`);
  try {
    await workspace.fs.stat(page);
  } catch {
    void window.showWarningMessage(`Magnum & Heat: no documentation page for '${id}'.`);
    return undefined;
  }
  await commands.executeCommand('markdown.showPreview', page);
  return page;
}
