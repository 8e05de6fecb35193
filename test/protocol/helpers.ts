/** Assertions shared by the protocol tests. */
import assert from 'node:assert/strict';
import {
  CodeActionKind, CompletionRequest, MarkupContent, TextDocumentEdit,
  type CodeAction, type Command, type CompletionItem, type CompletionList, type Diagnostic, type Position, type Range, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import type { LspClient } from './lsp-client';

/** The range of the `occurrence`-th (0-based) `needle` in `text`, as LSP positions. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `'${needle}' (occurrence ${occurrence}) not in the text`);
  }
  const before = text.slice(0, at).split('\n');
  const line = before.length - 1;
  const character = before[line].length;
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

/** The contract of section 3.3 for one of our diagnostics. */
export function assertOurDiagnostic(d: Diagnostic, rule: string, range: Range): void {
  assert.equal(d.code, rule);
  assert.equal(d.source, 'magnum-heat');
  assert.deepEqual(d.range, range);
  assert.ok(d.codeDescription, 'codeDescription is set');
  assert.ok(d.codeDescription.href.endsWith(`/docs/rules/${rule}.md`), `href ${d.codeDescription.href} ends with /docs/rules/${rule}.md`);
  assert.ok(typeof d.message === 'string' && d.message.length > 0, 'a plain-text message');
}

export function isCodeAction(item: Command | CodeAction): item is CodeAction {
  return typeof (item as Command).command !== 'string';
}

/**
 * The preferred quick fix among `actions`: kind quickfix, listing `diagnostic`, carrying its edit as
 * documentChanges for `uri` at `version`. Returns the action and its edits.
 */
export function preferredQuickFix(actions: Array<Command | CodeAction> | null, diagnostic: Diagnostic, uri: string, version: number): { action: CodeAction; edits: TextEdit[] } {
  assert.ok(actions, 'codeAction answered with a list');
  const codeActions = actions.filter(isCodeAction);
  const preferred = codeActions.filter((a) => a.isPreferred);
  assert.equal(preferred.length, 1, `exactly one preferred action among ${JSON.stringify(codeActions.map((a) => a.title))}`);
  const action = preferred[0];
  assert.equal(action.kind, CodeActionKind.QuickFix);
  assert.ok(action.diagnostics, 'the action lists the diagnostic it fixes');
  assert.equal(action.diagnostics.length, 1);
  assert.equal(action.diagnostics[0].code, diagnostic.code);
  assert.deepEqual(action.diagnostics[0].range, diagnostic.range);
  assert.ok(action.edit?.documentChanges, 'edit.documentChanges is set');
  const changes = action.edit.documentChanges;
  assert.equal(changes.length, 1);
  const change = changes[0];
  assert.ok(TextDocumentEdit.is(change), 'a TextDocumentEdit');
  assert.equal(change.textDocument.uri, uri);
  assert.equal(change.textDocument.version, version);
  assert.ok(change.edits.length > 0);
  return { action, edits: change.edits as TextEdit[] };
}

/** The server still runs and answers a hover it answered before, matching `expected`. */
export async function assertServerAlive(client: LspClient, uri: string, position: Position, expected: RegExp): Promise<void> {
  assert.ok(client.isRunning, `server still running (stderr: ${client.stderr})`);
  const hover = await client.hover(uri, position);
  assert.ok(hover && MarkupContent.is(hover.contents), 'a normal hover still answers');
  assert.match(hover.contents.value, expected);
}

/** Opens a magnum.conf and returns the completion items the server offers at `position`. */
export async function completeConf(client: LspClient, uri: string, text: string, position: Position): Promise<CompletionItem[]> {
  await client.open(uri, 'magnum-conf', text);
  const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
  assert.ok(result, 'completion answered');
  return Array.isArray(result) ? result : (result as CompletionList).items;
}
