/**
 * A tiny LSP client for protocol tests: spawns the BUILT server (dist/server.js --stdio) and talks
 * JSON-RPC to it over stdio. Synchronisation is by messages only (never by sleeping): a test asks for
 * the next `textDocument/publishDiagnostics` of a URI and gets a promise the notification resolves.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CodeActionRequest, ConfigurationRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, ExitNotification, HoverRequest, InitializeRequest, InitializedNotification,
  PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  createProtocolConnection,
  type CodeAction, type Command, type Diagnostic, type Hover, type InitializeResult, type Position,
  type ProtocolConnection, type PublishDiagnosticsParams, type Range, type TextEdit,
} from 'vscode-languageserver-protocol/node';

/** The repository root: this file runs from out/test/protocol/. */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const SERVER_PATH = resolve(REPO_ROOT, 'dist', 'server.js');

/** What `workspace/configuration` answers for the `magnumHeat` section of a document. */
export type SettingsFor = (scopeUri: string | undefined) => Record<string, unknown>;

export interface ClientOptions {
  /** Settings per document (the server asks with scopeUri = document URI). Default: { debounceMs: 0 }. */
  settings?: SettingsFor;
  /** Whether the client advertises workspace.configuration (default true). */
  configuration?: boolean;
  /** Sent as initializationOptions. */
  initializationOptions?: unknown;
  /** Whether the client applies snippet edits in workspace edits (LSP 3.18; default false). */
  snippetEdits?: boolean;
  /** Whether the client expands snippets in completion items (completionItem.snippetSupport; default false). */
  completionSnippets?: boolean;
  /** Workspace folder URIs sent in initialize (default none). */
  workspaceFolders?: string[];
  /** Whether the client pulls diagnostics (textDocument.diagnostic, with refresh support; default false). */
  pullDiagnostics?: boolean;
  /** Whether the client tells the server when workspace folders change (workspace.workspaceFolders; default false). */
  workspaceFolderChanges?: boolean;
  /** Whether the client resolves code actions' edits (codeAction/resolve; default false). */
  resolveEdits?: boolean;
}

interface Waiter {
  uri: string;
  version: number | undefined;
  resolve: (params: PublishDiagnosticsParams) => void;
  reject: (error: Error) => void;
}

export class LspClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly connection: ProtocolConnection;
  /** Everything the server wrote to stderr, for failure messages. */
  stderr = '';
  /** window/logMessage texts, for failure messages. */
  readonly logs: string[] = [];
  /** Every workspace/configuration item the server asked for. */
  readonly configurationRequests: Array<{ scopeUri?: string; section?: string }> = [];
  initializeResult: InitializeResult | undefined;
  /** The last publishDiagnostics per URI, whoever waited for it. */
  readonly lastPublished = new Map<string, PublishDiagnosticsParams>();
  /** How many workspace/diagnostic/refresh requests the server sent (pull mode). */
  refreshes = 0;
  private readonly pending: PublishDiagnosticsParams[] = [];
  private readonly waiters: Waiter[] = [];
  private exited: Promise<number | null>;
  private closed = false;

  constructor(private readonly options: ClientOptions = {}) {
    if (!existsSync(SERVER_PATH)) throw new Error(`${SERVER_PATH} is missing: run \`npm run build\` first.`);
    this.child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe' });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => { this.stderr += chunk; });
    this.exited = new Promise((resolveExit) => this.child.once('exit', (code, signal) => {
      // Whoever still waits for diagnostics fails at once instead of hanging until the test times out.
      for (const waiter of this.waiters.splice(0)) {
        waiter.reject(new Error(`the server exited (code ${code}, signal ${signal}) before publishing diagnostics for ${waiter.uri}; stderr: ${this.stderr}`));
      }
      resolveExit(code);
    }));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.onPublish(params));
    this.connection.onNotification('window/logMessage', (params: { message: string }) => { this.logs.push(params.message); });
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => {
      this.configurationRequests.push(item);
      return item.section === 'magnumHeat' ? this.settingsFor(item.scopeUri) : null;
    }));
    this.connection.onRequest(RegistrationRequest.method, () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => { this.refreshes++; return null; });
    this.connection.listen();
  }

  private settingsFor(scopeUri: string | undefined): Record<string, unknown> {
    return this.options.settings ? this.options.settings(scopeUri) : { debounceMs: 0 };
  }

  /** Starts a server and completes the initialize / initialized handshake. */
  static async start(options: ClientOptions = {}): Promise<LspClient> {
    const client = new LspClient(options);
    client.initializeResult = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: options.workspaceFolders?.map((uri) => ({ uri, name: uri.split('/').pop() ?? uri })) ?? null,
      capabilities: {
        workspace: {
          configuration: options.configuration ?? true, didChangeConfiguration: { dynamicRegistration: true },
          ...(options.snippetEdits ? { workspaceEdit: { snippetEditSupport: true } } : {}),
          ...(options.pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}),
          ...(options.workspaceFolders || options.workspaceFolderChanges ? { workspaceFolders: true } : {}),
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: {
            isPreferredSupport: true, dataSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } },
            ...(options.resolveEdits ? { resolveSupport: { properties: ['edit'] } } : {}),
          },
          ...(options.completionSnippets ? { completion: { completionItem: { snippetSupport: true } } } : {}),
          ...(options.pullDiagnostics ? { diagnostic: { relatedDocumentSupport: false } } : {}),
        },
      },
      initializationOptions: options.initializationOptions,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private onPublish(params: PublishDiagnosticsParams): void {
    this.lastPublished.set(params.uri, params);
    const index = this.waiters.findIndex((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version));
    if (index >= 0) {
      const [waiter] = this.waiters.splice(index, 1);
      waiter.resolve(params);
    } else {
      this.pending.push(params);
    }
  }

  /**
   * The next publishDiagnostics for `uri` (for `version` when given) that no earlier call consumed:
   * one already received, or the one still to come. Publishes for older versions are dropped.
   */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    const index = this.pending.findIndex((p) => p.uri === uri && (version === undefined || p.version === version));
    if (index >= 0) {
      const found = this.pending[index];
      for (let i = index; i >= 0; i--) if (this.pending[i].uri === uri) this.pending.splice(i, 1);
      return Promise.resolve(found);
    }
    if (!this.isRunning) return Promise.reject(new Error(`the server is not running; stderr: ${this.stderr}`));
    return new Promise((resolveWaiter, rejectWaiter) => this.waiters.push({ uri, version, resolve: resolveWaiter, reject: rejectWaiter }));
  }

  /** Opens a document and resolves with the diagnostics the server publishes for it. */
  async open(uri: string, languageId: string, text: string, version = 1): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    return (await published).diagnostics;
  }

  /** Replaces the whole text (a full-content change) and resolves with the diagnostics published for it. */
  async change(uri: string, version: number, text: string): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return (await published).diagnostics;
  }

  /** Sends the edits of one fix (positions in the current text) as an incremental change and resolves with the diagnostics published for `version`. */
  async changeIncremental(uri: string, version: number, edits: TextEdit[]): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      // Each change applies to the result of the previous one: send the last edit first.
      contentChanges: edits
        .map((e, order) => ({ e, order }))
        .sort((a, b) => b.e.range.start.line - a.e.range.start.line || b.e.range.start.character - a.e.range.start.character || b.order - a.order)
        .map(({ e }) => ({ range: e.range, text: e.newText })),
    });
    return (await published).diagnostics;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<Array<Command | CodeAction> | null> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } });
  }

  /** shutdown + exit; resolves with the exit code. */
  async shutdown(): Promise<number | null> {
    if (this.closed) return this.exited;
    this.closed = true;
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** For `after` hooks: ends the child whatever state it is in. */
  kill(): void {
    this.closed = true;
    this.connection.dispose();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }

  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }
}

/** Applies LSP text edits (non-overlapping, positions in the original text) to a text. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') lineStarts.push(i + 1);
    else if (text[i] === '\r' && text[i + 1] !== '\n') lineStarts.push(i + 1);
  }
  const offsetAt = ({ line, character }: Position): number => {
    if (line >= lineStarts.length) return text.length;
    const start = lineStarts[line];
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
    return Math.min(start + character, end);
  };
  const spans = edits
    .map((e, order) => ({ start: offsetAt(e.range.start), end: offsetAt(e.range.end), newText: e.newText, order }))
    .sort((a, b) => b.start - a.start || b.order - a.order);
  let out = text;
  for (const span of spans) out = out.slice(0, span.start) + span.newText + out.slice(span.end);
  return out;
}
