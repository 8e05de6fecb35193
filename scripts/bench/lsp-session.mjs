// A minimal LSP client for the bench: spawns a language server over stdio, answers its
// configuration requests and resolves one promise per publishDiagnostics it waits for.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, PublishDiagnosticsNotification,
} = require('vscode-languageserver-protocol/node');

export class LspSession {
  /**
   * @param {string[]} argv node arguments (script and its flags)
   * @param {Record<string, unknown>} settings what `workspace/configuration` answers, by section
   */
  constructor(argv, settings) {
    this.settings = settings;
    this.waiters = [];
    this.stderr = '';
    this.child = spawn(process.execPath, argv, { stdio: 'pipe' });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk) => { this.stderr = (this.stderr + chunk).slice(-4000); });
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => {
      for (const waiter of this.waiters.splice(0)) waiter.reject(new Error(`server exited (${code ?? signal}): ${this.stderr}`));
      resolve(code);
    }));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.onPublish(params));
    this.connection.onRequest('workspace/configuration', ({ items }) => items.map((item) => this.settings[item.section] ?? null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  static async start(argv, settings) {
    const session = new LspSession(argv, settings);
    await session.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
      },
      initializationOptions: settings.magnumHeat,
    });
    await session.connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  onPublish(params) {
    const index = this.waiters.findIndex((w) => w.uri === params.uri && (params.version === undefined || w.version === undefined || params.version === w.version));
    if (index >= 0) this.waiters.splice(index, 1)[0].resolve(params);
  }

  /** The next publish for `uri` (for `version`, when the server says which version it checked). */
  nextPublish(uri, version) {
    return new Promise((resolve, reject) => this.waiters.push({ uri, version, resolve, reject }));
  }

  async open(uri, languageId, text) {
    const published = this.nextPublish(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  /** Sends one incremental change and resolves when its diagnostics are published. */
  async change(uri, version, range, text) {
    const published = this.nextPublish(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return published;
  }

  /** CPU time the server process has used so far (user + system, all threads), in ms (Linux /proc, 10 ms ticks). */
  cpuMs() {
    const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  /** Resident set size of the server process, in bytes (Linux /proc). */
  rss() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
  }

  async stop() {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
      await this.exited;
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
    }
  }
}
