import {
  CodeActionKind, TextDocumentEdit,
  type CodeAction, type CodeActionContext, type Diagnostic, type SnippetTextEdit, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commentsMayBeIndented, fixAll, type Diagnostic as EngineDiagnostic, type DocumentKind } from '../engine';
import type { DiagnosticData } from './convert';
import { FIX_ALL_KIND, SHOW_RULE_DOCS_COMMAND } from './protocol';
import { clientLine } from './client-positions';
import { isDeferredActionData, recomputedFix } from './deferred-fixes';
import { lspEdits } from './snippet-edits';
import { disableForFileEdits, disableForLineEdits } from './suppression-edits';

export const FIX_ALL_TITLE = 'Fix all auto-fixable problems';

export interface CodeActionRequest {
  document: TextDocument;
  context: CodeActionContext;
  /** What the document is; undefined when it is not checked. */
  kind: DocumentKind | undefined;
  /** Lints a version of the document's text (with the document's settings); used by fix-all. */
  lintText: (text: string) => EngineDiagnostic[];
  /** The client applies snippet edits (LSP 3.18): fixes with placeholders then get tab stops. */
  snippetEdits?: boolean;
  /** The client resolves a code action's `edit` (codeAction/resolve): deferred fixes then come without it. */
  resolveEdits?: boolean;
}

function dataOf(diagnostic: Diagnostic): DiagnosticData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return diagnostic.source === 'magnum-heat' && Array.isArray(data?.fixes) && typeof data?.version === 'number' ? (data as DiagnosticData) : undefined;
}

function editOf(document: TextDocument, edits: Array<TextEdit | SnippetTextEdit>): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}

/** Whether a request restricted to `only` kinds wants actions of `kind`. */
function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function quickFixes(request: CodeActionRequest, diagnostic: Diagnostic, data: DiagnosticData): CodeAction[] {
  const { document, snippetEdits = false } = request;
  const rule = typeof diagnostic.code === 'string' ? diagnostic.code : '';
  let current: EngineDiagnostic[] | undefined;
  return data.fixes.flatMap((fix, index): CodeAction[] => {
    if (!fix || !Array.isArray(fix.edits)) return [];
    const action: CodeAction = { title: String(fix.title), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], ...(fix.isPreferred ? { isPreferred: true } : {}) };
    if (fix.deferred !== true) return fix.edits.length > 0 ? [{ ...action, edit: editOf(document, lspEdits(fix.edits, snippetEdits)) }] : [];
    if (request.resolveEdits) return [{ ...action, data: { deferred: { uri: document.uri, version: document.version, rule, range: diagnostic.range, index } } }];
    const real = recomputedFix((current ??= request.lintText(document.getText())), rule, diagnostic.range, index);
    return real ? [{ ...action, edit: editOf(document, lspEdits(real.edits, snippetEdits)) }] : [];
  });
}

/** codeAction/resolve of a deferred fix: its edits, recomputed from the document if it is still that version. */
export function resolveDeferredAction(action: CodeAction, document: TextDocument | undefined, lintText: (text: string) => EngineDiagnostic[], snippetEdits = false): CodeAction {
  if (!isDeferredActionData(action.data) || !document) return action;
  const { version, rule, range, index } = action.data.deferred;
  if (document.version !== version) return action;
  const real = recomputedFix(lintText(document.getText()), rule, range, index);
  return real ? { ...action, edit: editOf(document, lspEdits(real.edits, snippetEdits)) } : action;
}

/** "Disable for this line / file" and "Show documentation", once per rule. */
function ruleActions(request: CodeActionRequest, diagnostic: Diagnostic, rule: string): CodeAction[] {
  const { document, kind } = request;
  const actions: CodeAction[] = [];
  const line = disableForLineEdits(document, clientLine(document, diagnostic.range?.start?.line), rule, commentsMayBeIndented(kind));
  if (line.length > 0) actions.push({ title: `Disable ${rule} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: editOf(document, line) });
  const file = disableForFileEdits(document, rule);
  if (file.length > 0) actions.push({ title: `Disable ${rule} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: editOf(document, file) });
  const title = `Show documentation for ${rule}`;
  actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: SHOW_RULE_DOCS_COMMAND, arguments: [rule] } });
  return actions;
}

/**
 * Every preferred fix, pass after pass as `magnum-heat lint --fix` does, as one edit over the changed
 * region (so the editor keeps cursors and folds outside it). Undefined when nothing is fixable.
 */
function fixAllEdit(request: CodeActionRequest): TextEdit | undefined {
  const { document } = request;
  const text = document.getText();
  const fixed = fixAll(text, request.lintText);
  if (fixed === text) return undefined;
  let start = 0;
  while (start < text.length && start < fixed.length && text[start] === fixed[start]) start++;
  let tail = 0;
  while (tail < text.length - start && tail < fixed.length - start && text[text.length - 1 - tail] === fixed[fixed.length - 1 - tail]) tail++;
  return {
    range: { start: document.positionAt(start), end: document.positionAt(text.length - tail) },
    newText: fixed.slice(start, fixed.length - tail),
  };
}

function fixAllAction(request: CodeActionRequest, kind: string): CodeAction[] {
  const edit = fixAllEdit(request);
  return edit ? [{ title: FIX_ALL_TITLE, kind, edit: editOf(request.document, [edit]) }] : [];
}

/**
 * Code actions for a request: the quick fixes carried by our diagnostics (never for another version
 * of the text), "disable" and "documentation" actions per rule, and "Fix all auto-fixable problems",
 * as a quick fix when more than one problem is fixable and as `source.fixAll.magnumHeat` on demand.
 */
export function codeActionsFor(request: CodeActionRequest): CodeAction[] {
  const { document, context } = request;
  if (request.kind === undefined) return [];
  const only = context.only;
  const source = only !== undefined && wants(only, FIX_ALL_KIND) ? fixAllAction(request, FIX_ALL_KIND) : [];
  if (!wants(only, CodeActionKind.QuickFix)) return source;

  const fixes: CodeAction[] = [];
  const others: CodeAction[] = [];
  const rulesSeen = new Set<string>();
  let offersFix = false;
  for (const diagnostic of context.diagnostics) {
    const data = dataOf(diagnostic);
    if (!data || data.version !== document.version) continue;
    const own = quickFixes(request, diagnostic, data);
    offersFix ||= own.length > 0;
    fixes.push(...own);
    const rule = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
    if (rule && !rulesSeen.has(rule)) {
      rulesSeen.add(rule);
      others.push(...ruleActions(request, diagnostic, rule));
    }
  }
  const fixable = offersFix && request.lintText(document.getText()).filter((d) => d.fixes.some((f) => f.isPreferred)).length > 1;
  return [...fixes, ...(fixable ? fixAllAction(request, CodeActionKind.QuickFix) : []), ...others, ...source];
}
