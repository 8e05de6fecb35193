import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocumentSyncKind, TextDocuments,
  type CodeAction, type Connection, type InitializeResult, type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  VERSION, analyze, completeAt, editorHoverAt, lint, lintAnalysis, scopeOf, snippetsAt, withHost, type Analysis, type Diagnostic as EngineDiagnostic,
} from '../engine';
import { analysisMask } from '../engine';
import { clientOffset } from './client-positions';
import { codeActionsFor, resolveDeferredAction } from './code-actions';
import { isDeferredActionData } from './deferred-fixes';
import { takesSnippetEdits } from './snippet-edits';
import { documentStatus, isTemplateByGlob, pathOfUri } from './document-status';
import { checkLogLine } from './check-log';
import { registerOutline } from './outline';
import { registerRename } from './rename';
import { workspaceReports } from './workspace-diagnostics';
import { DOCUMENT_STATUS_REQUEST, FIX_ALL_KIND, type DocumentStatus, type DocumentStatusParams } from './protocol';
import { toCompletionItem } from './completion';
import { toLspDiagnostic } from './convert';
import { registerNavigation } from './navigation';
import { ServerProjectConfig } from './project-config';
import { normalizeSettings, type ServerSettings } from '../engine/settings/editor';
import { AnalysisCache } from './analysis-cache';
import { afterQueuedMessages } from './message-queue';
import { changedFolders, workspaceFolderUris, WorkspaceFiles } from './workspace-files';

interface CachedAnalysis {
  version: number;
  analysis: Analysis;
}

/** Wires the engine to an LSP connection. Every handler is guarded: a bad request never ends the server. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const files: WorkspaceFiles = new WorkspaceFiles(documents, (uri) => projectConfig.folderFor(uri));
  const projectConfig: ServerProjectConfig = new ServerProjectConfig((uri) => files.readFile(uri));
  const analyses = new AnalysisCache<CachedAnalysis>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const settingsByUri = new Map<string, Promise<ServerSettings>>();
  let pullConfiguration = false;
  let folderChanges = false;
  let watchFiles = false;
  let snippetEdits = false;
  let resolveEdits = false;
  /** The client expands LSP snippets in completion items; else snippets arrive as plain text. */
  let snippetCompletions = false;
  /** The client (our VS Code extension) reads snippets/*.json itself: send only what differs from them. */
  let contributedSnippets = false;
  /** The client pulls diagnostics (textDocument/diagnostic): the server then publishes none itself. */
  let pullDiagnostics = false;
  let refreshDiagnostics = false;
  let initialSettings: unknown;

  const guard = <T>(what: string, fallback: T, body: () => T): T => {
    try {
      return body();
    } catch (error) {
      connection.console.error(`magnum-heat: ${what} failed: ${(error as Error).stack ?? String(error)}`);
      return fallback;
    }
  };

  const warn = (message: string) => connection.console.warn(message);

  function editorSettings(uri: string): Promise<ServerSettings> {
    return pullConfiguration
      ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'magnumHeat' }).then((raw) => normalizeSettings(raw, warn), () => normalizeSettings(initialSettings, warn))
      : Promise.resolve(normalizeSettings(initialSettings, warn));
  }

  const withProjectConfig = (uri: string, editor: ServerSettings) => guard('project config', editor, () => projectConfig.apply(uri, editor));

  function settingsFor(uri: string): Promise<ServerSettings> {
    let settings = settingsByUri.get(uri);
    if (!settings) {
      settings = editorSettings(uri).then((editor) => withProjectConfig(uri, editor));
      settingsByUri.set(uri, settings);
    }
    return settings;
  }

  function analysisOf(document: TextDocument, settings: ServerSettings): Analysis {
    const cached = analyses.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = analyze({ path: document.uri, text: document.getText(), languageId: document.languageId, heatTemplate: isTemplateByGlob(document.uri, settings) });
    analyses.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  /**
   * The diagnostics of a text (undefined: nothing the server checks). An open document passes its
   * cached analysis and has the files it reads recorded, so their changes re-check it.
   */
  function check(uri: string, text: string, languageId: string | undefined, version: number, settings: ServerSettings, document?: TextDocument): LspDiagnostic[] | undefined {
    const own = projectConfig.diagnosticsFor(uri, text) ?? (settings.ignoredBy !== undefined ? [] : undefined);
    if (own) return own.map((d) => toLspDiagnostic(d, version, uri));
    const started = performance.now();
    const analysis = document ? analysisOf(document, settings) : analyze({ path: uri, text, languageId, heatTemplate: isTemplateByGlob(uri, settings) });
    const found = lintAnalysis(withHost(analysis, document ? files.forDocument(uri) : files), settings);
    if (document) connection.console.info(checkLogLine(uri, analysis, analysis.kind ? scopeOf(analysis, settings) : undefined, settings, found, performance.now() - started));
    if (analysis.kind === undefined) return undefined;
    const mask = found.some((d) => d.fixes.length > 0) ? analysisMask(analysis) : undefined; // the parse reused
    return found.map((d) => toLspDiagnostic(d, version, uri, mask));
  }

  async function diagnosticsOf(document: TextDocument): Promise<LspDiagnostic[]> {
    const settings = await settingsFor(document.uri);
    return guard('validation', [], () => check(document.uri, document.getText(), document.languageId, document.version, settings, document) ?? []);
  }

  async function validate(uri: string): Promise<void> {
    if (pullDiagnostics) {
      if (refreshDiagnostics && documents.get(uri)) void connection.languages.diagnostics.refresh();
      return;
    }
    const settings = await settingsFor(uri);
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const diagnostics = guard('validation', [], () => check(uri, document.getText(), document.languageId, version, settings, document) ?? []);
    if (documents.get(uri)?.version !== version) return; // a newer edit will publish
    await connection.sendDiagnostics({ uri, version, diagnostics });
  }

  async function schedule(uri: string, immediately: boolean): Promise<void> {
    const { debounceMs } = await settingsFor(uri);
    clearTimeout(timers.get(uri)); // after the await: a timer set meanwhile by an earlier edit is superseded too
    if (immediately || debounceMs === 0) {
      timers.delete(uri);
      const version = documents.get(uri)?.version;
      await afterQueuedMessages();
      if (documents.get(uri)?.version === version) await validate(uri); // else a newer edit has its own run
      return;
    }
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      void validate(uri);
    }, debounceMs));
  }

  connection.onInitialize((params): InitializeResult => {
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    folderChanges = params.capabilities.workspace?.workspaceFolders === true;
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    snippetEdits = takesSnippetEdits(params.capabilities);
    resolveEdits = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    files.setWorkspaceFolders(workspaceFolderUris(params));
    snippetCompletions = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    const options = params.initializationOptions as Record<string, unknown> | undefined;
    initialSettings = options?.magnumHeat ?? options;
    contributedSnippets = options?.contributedSnippets === true;
    pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined && options?.pullDiagnostics !== false;
    refreshDiagnostics = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        definitionProvider: true,
        referencesProvider: true,
        completionProvider: { triggerCharacters: ['[', '=', ':', ' '] },
        // resolveProvider only for clients that resolve edits: they alone get deferred fixes without them.
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], ...(resolveEdits ? { resolveProvider: true } : {}) },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'magnum-heat', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
        renameProvider: params.capabilities.textDocument?.rename?.prepareSupport === true ? { prepareProvider: true } : true,
      },
      serverInfo: { name: 'magnum-heat-language-server', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'magnumHeat' });
    if (folderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        files.setWorkspaceFolders(changedFolders(files.workspaceFolders(), added, removed));
        for (const document of documents.all()) void schedule(document.uri, true); // what each may read changed
      });
    }
    if (watchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml,template}' }] });
  });

  connection.onDidChangeConfiguration((change) => {
    if (!pullConfiguration) initialSettings = (change.settings as Record<string, unknown> | undefined)?.magnumHeat ?? initialSettings;
    settingsByUri.clear();
    analyses.clear(); // templateGlobs may change what a document is
    for (const document of documents.all()) void schedule(document.uri, true);
  });

  /** Nested templates and environments a parent read changed: check the parents again. */
  const recheckDependents = (uri: string) => {
    for (const dependent of files.dependentsOf(uri)) void schedule(dependent, false);
  };

  /** A `.magnum-heat.yaml` changed: every document's settings may have. */
  const recheckIfProjectConfig = (uri: string) => {
    if (!projectConfig.changed(uri)) return;
    settingsByUri.clear();
    analyses.clear();
    for (const document of documents.all()) void schedule(document.uri, document.uri === uri);
  };

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      recheckIfProjectConfig(change.uri);
      files.changed(change.uri);
      recheckDependents(change.uri);
    }
  });

  documents.onDidChangeContent(({ document }) => {
    recheckDependents(document.uri);
    recheckIfProjectConfig(document.uri);
    const first = !analyses.has(document.uri);
    void settingsFor(document.uri).then(({ run }) => {
      if (first || run === 'onType') void schedule(document.uri, first);
    });
  });

  documents.onDidSave(({ document }) => {
    void settingsFor(document.uri).then(({ run }) => {
      if (run === 'onSave') void schedule(document.uri, true);
    });
  });

  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    analyses.delete(document.uri);
    settingsByUri.delete(document.uri);
    files.forget(document.uri);
    files.changed(document.uri);
    recheckDependents(document.uri);
    recheckIfProjectConfig(document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const settings = await settingsFor(document.uri);
    return guard('hover', null, () => {
      const result = editorHoverAt(withHost(analysisOf(document, settings), files), clientOffset(document, position), settings);
      if (!result) return null;
      return {
        contents: { kind: 'markdown' as const, value: result.markdown },
        range: { start: document.positionAt(result.span.start), end: document.positionAt(result.span.end) },
      };
    });
  });

  connection.onCompletion(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const settings = await settingsFor(document.uri);
    return guard('completion', [], () => {
      const analysis = analysisOf(document, settings);
      const offset = clientOffset(document, position);
      const proposals = completeAt(analysis, offset, settings);
      const snippets = snippetsAt(analysis, offset, settings, { adaptedOnly: contributedSnippets, besideProposals: proposals.length > 0 });
      return [...proposals, ...snippets].map((p) => toCompletionItem(document, p, snippetCompletions));
    });
  });

  /** Lints a version of the document's text with its settings (fix-all, and fixes recomputed on demand). */
  function lintTextOf(document: TextDocument, settings: ServerSettings): (text: string) => EngineDiagnostic[] {
    const input = { path: document.uri, languageId: document.languageId, heatTemplate: isTemplateByGlob(document.uri, settings), host: files.forDocument(document.uri) };
    return (text) => lint({ ...input, text }, settings).diagnostics;
  }

  connection.onCodeAction(async ({ textDocument, context }): Promise<CodeAction[]> => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const settings = await settingsFor(document.uri);
    return guard('code actions', [], () => {
      const lintText = lintTextOf(document, settings);
      return codeActionsFor({ document, context, kind: analysisOf(document, settings).kind, lintText, snippetEdits, resolveEdits });
    });
  });

  connection.onCodeActionResolve(async (action) => {
    const uri = isDeferredActionData(action.data) ? action.data.deferred.uri : undefined;
    const document = uri === undefined ? undefined : documents.get(uri);
    if (!document) return action;
    const settings = await settingsFor(document.uri);
    return guard('code action resolve', action, () => resolveDeferredAction(action, document, lintTextOf(document, settings), snippetEdits));
  });

  connection.onRequest(DOCUMENT_STATUS_REQUEST, async ({ uri }: DocumentStatusParams): Promise<DocumentStatus | null> => {
    const document = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!document) return null;
    const settings = await settingsFor(document.uri);
    return guard('document status', null, () => documentStatus(analysisOf(document, settings), document.uri, settings));
  });

  connection.languages.diagnostics.on(async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    return { kind: 'full' as const, items: document ? await diagnosticsOf(document) : [] };
  });

  connection.languages.diagnostics.onWorkspace(async () => {
    const started = performance.now();
    const items = await workspaceReports(files.workspaceFolders(), {
      documents, files, editorSettings, withProjectConfig,
      check: (uri, text, languageId, version, settings) => guard('workspace check', undefined, () => check(uri, text, languageId, version ?? 0, settings)),
    });
    const problems = items.reduce((n, r) => n + r.items.length, 0);
    connection.console.info(`checked the workspace (${files.workspaceFolders().map(pathOfUri).join(', ') || 'no folder'}): ${items.length} files, ${problems} findings in ${(performance.now() - started).toFixed(1)} ms`);
    return { items };
  });

  const analysisWithHost = async (document: TextDocument) => withHost(analysisOf(document, await settingsFor(document.uri)), files);
  registerOutline(connection, { documents, guard, analysisOf: analysisWithHost });
  registerRename(connection, { documents, guard, settingsFor, analysisOf: analysisWithHost });
  registerNavigation(connection, { documents, files, guard, analysisOf: async (document) => analysisOf(document, await settingsFor(document.uri)) });

  documents.listen(connection);
  connection.listen();
}
