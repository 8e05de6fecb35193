/** Waiting on VS Code events (never on the clock) and small document helpers for the suite. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'magnum-heat.magnum-heat';
const TIMEOUT_MS = 30_000;

export interface DocumentStatus {
  checked: boolean;
  kind?: string;
  reason: string;
  release: string;
  driver?: string;
  driverSource?: string;
  run: string;
}

export interface MagnumHeatApi {
  documentStatus(uri: string): Promise<DocumentStatus | null>;
}

export async function api(): Promise<MagnumHeatApi> {
  const extension = vscode.extensions.getExtension<MagnumHeatApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.activate();
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(document);
}

/** Resolves with the URI's diagnostics once `accept` holds for them, waiting on onDidChangeDiagnostics. */
export function diagnosticsWhen(uri: vscode.Uri, accept: (ds: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const ds = vscode.languages.getDiagnostics(uri);
      if (!accept(ds)) return false;
      subscription?.dispose();
      clearTimeout(timer);
      resolve(ds);
      return true;
    };
    let subscription: vscode.Disposable | undefined;
    const timer = setTimeout(() => {
      subscription?.dispose();
      reject(new Error(`timed out waiting for ${what}; diagnostics: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map(describe))}`));
    }, TIMEOUT_MS);
    if (check()) return;
    subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
  });
}

export function ours(ds: vscode.Diagnostic[], rule: string): vscode.Diagnostic[] {
  return ds.filter((d) => d.source === 'magnum-heat' && codeOf(d) === rule);
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function describe(d: vscode.Diagnostic): string {
  return `${codeOf(d)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
}

export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): vscode.Range {
  return new vscode.Range(startLine, startCharacter, endLine, endCharacter);
}

/** Resolves at the next diagnostics change for `uri` (the server re-checks after every edit). */
function nextDiagnosticsChange(uri: vscode.Uri): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${uri.toString()} to be checked again`));
    }, TIMEOUT_MS);
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Applies an edit and waits until the server has checked the new text: diagnostics of the old text
 * carry fixes for the old version, which the server (rightly) no longer offers.
 */
export async function applyAndRecheck(uri: vscode.Uri, edit: vscode.WorkspaceEdit): Promise<void> {
  const checked = nextDiagnosticsChange(uri);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applied');
  await checked;
}

/** Replaces a document's whole text (to put a fixture back after a test changed it) and waits for the re-check. */
export async function setText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  await applyAndRecheck(document.uri, edit);
}

export async function codeActions(uri: vscode.Uri, at: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, at, kind)) ?? [];
}

export function action(actions: vscode.CodeAction[], title: string): vscode.CodeAction {
  const found = actions.find((a) => a.title === title);
  assert.ok(found, `'${title}' among ${JSON.stringify(actions.map((a) => a.title))}`);
  return found;
}

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

export async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list?.items ?? [];
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/**
 * Updates a workspace setting (for one language when `languageId` is given) and resolves once VS Code
 * reports the change, so what reads the setting next (a save participant, the language client) sees it.
 */
export async function updateAndWait(section: string, key: string, value: unknown, languageId?: string): Promise<void> {
  const scope = languageId ? { languageId } : undefined;
  const inspected = vscode.workspace.getConfiguration(section, scope).inspect(key);
  const current = languageId ? inspected?.workspaceLanguageValue : inspected?.workspaceValue;
  if (JSON.stringify(current) === JSON.stringify(value)) return; // no change, so no event to wait for
  const changed = new Promise<void>((resolve) => {
    const subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`${section}.${key}`, scope)) return;
      subscription.dispose();
      resolve();
    });
  });
  await vscode.workspace.getConfiguration(section, scope).update(key, value, vscode.ConfigurationTarget.Workspace, languageId !== undefined);
  await changed;
}

/** Updates a `magnumHeat` setting in the workspace. */
export function setSetting(key: string, value: unknown): Promise<void> {
  return updateAndWait('magnumHeat', key, value);
}
