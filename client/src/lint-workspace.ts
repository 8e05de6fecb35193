/**
 * "Lint workspace": asks the server for workspace/diagnostic and shows the problems of the files that
 * are not open (open ones have their live diagnostics already) in the Problems panel.
 */
import { commands, languages, window, workspace, type Diagnostic, type DiagnosticCollection, type Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WorkspaceDiagnosticRequest, type WorkspaceFullDocumentDiagnosticReport } from 'vscode-languageclient';

export class WorkspaceLint implements Disposable {
  private readonly collection: DiagnosticCollection = languages.createDiagnosticCollection('magnum-heat-workspace');
  private readonly subscription = workspace.onDidOpenTextDocument((d) => this.collection.delete(d.uri));

  /** `local` maps a diagnostic's documentation link as the live diagnostics' middleware does. */
  constructor(private readonly client: LanguageClient, private readonly local: (d: Diagnostic) => Diagnostic) {}

  /** Returns the number of problems and files, for the message and for tests. */
  async run(): Promise<{ problems: number; files: number }> {
    const result = await this.client.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const open = new Set(workspace.textDocuments.map((d) => d.uri.toString()));
    this.collection.clear();
    let problems = 0;
    for (const report of result.items as WorkspaceFullDocumentDiagnosticReport[]) {
      problems += report.items.length;
      const uri = this.client.protocol2CodeConverter.asUri(report.uri);
      if (!open.has(uri.toString())) this.collection.set(uri, (await this.client.protocol2CodeConverter.asDiagnostics(report.items)).map(this.local));
    }
    const files = result.items.length;
    void window.showInformationMessage(`Magnum & Heat: ${problems} problem${problems === 1 ? '' : 's'} in ${files} checked file${files === 1 ? '' : 's'} of the workspace.`);
    if (problems > 0) void commands.executeCommand('workbench.actions.view.problems');
    return { problems, files };
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}
