import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The server decides from the content which YAML files are Heat templates; others get nothing.
    documentSelector: [
      { language: 'magnum-conf' },
      { language: 'ini', pattern: '**/*.conf' },
      { language: 'yaml' },
    ],
    synchronize: { configurationSection: 'magnumHeat' },
  };
  client = new LanguageClient('magnumHeat', 'Magnum & Heat', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
