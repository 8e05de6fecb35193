import * as path from 'node:path';
import { commands, languages, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DOCUMENT_STATUS_REQUEST, type DocumentStatus, type DocumentStatusParams } from '../../server/src/lsp/protocol';
import { COMMANDS, explainFile, selectRelease, showRuleDocumentation } from './commands';
import { WorkspaceLint } from './lint-workspace';
import { localDocsLink, localRuleDocs } from './local-docs';
import { StatusBar } from './status-bar';

let client: LanguageClient | undefined;

/** The API the extension returns from activate(); the e2e suite uses it. */
export interface MagnumHeatApi {
  documentStatus(uri: string): Promise<DocumentStatus | null>;
}

export async function activate(context: ExtensionContext): Promise<MagnumHeatApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const local = localDocsLink(context.extensionUri);
  const clientOptions: LanguageClientOptions = {
    // The server decides from the content which YAML files are Heat templates or playbooks; others get nothing.
    documentSelector: [
      { language: 'magnum-conf' },
      { language: 'ini', pattern: '**/*.conf' },
      { language: 'yaml' },
      // Cluster templates in scripts and runbooks: openstack coe cluster (template) create commands.
      { language: 'shellscript' },
      { language: 'markdown' },
      { language: 'restructuredtext' },
      { language: 'terraform' },
      // Red Hat's Ansible extension gives playbooks this language id.
      { language: 'ansible' },
    ],
    synchronize: { configurationSection: 'magnumHeat' },
    // VS Code reads snippets/*.json itself (package.json): the server then adds only what differs for the release.
    // Diagnostics are pushed (as tested end to end); "Lint workspace" asks for workspace/diagnostic itself.
    initializationOptions: { contributedSnippets: true, pullDiagnostics: false },
    middleware: localRuleDocs(local),
  };
  const languageClient = new LanguageClient('magnumHeat', 'Magnum & Heat', serverOptions, clientOptions);
  client = languageClient;

  const documentStatus = async (uri: string): Promise<DocumentStatus | null> =>
    languageClient.isRunning() ? languageClient.sendRequest<DocumentStatus | null>(DOCUMENT_STATUS_REQUEST, { uri } satisfies DocumentStatusParams) : null;
  const statusBar = new StatusBar(documentStatus, COMMANDS.selectRelease);
  const refresh = () => void statusBar.refresh();
  const workspaceLint = new WorkspaceLint(languageClient, local);

  context.subscriptions.push(
    statusBar,
    workspaceLint,
    commands.registerCommand(COMMANDS.lintWorkspace, () => workspaceLint.run()),
    commands.registerCommand(COMMANDS.explainFile, () => explainFile(documentStatus)),
    commands.registerCommand(COMMANDS.selectRelease, () => selectRelease(context)),
    commands.registerCommand(COMMANDS.showRuleDocumentation, (rule?: unknown) => showRuleDocumentation(context, rule)),
    commands.registerCommand(COMMANDS.restartServer, async () => {
      await languageClient.restart();
      refresh();
    }),
    window.onDidChangeActiveTextEditor(refresh),
    workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('magnumHeat') && refresh()),
    // Whether a YAML file is a Heat template depends on its content: its diagnostics changing is the cue.
    languages.onDidChangeDiagnostics((e) => {
      const active = window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((uri) => uri.toString() === active)) refresh();
    }),
  );
  await languageClient.start();
  refresh();
  return { documentStatus };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
