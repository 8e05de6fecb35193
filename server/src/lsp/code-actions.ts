import { CodeActionKind, TextDocumentEdit, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticData } from './convert';

function dataOf(diagnostic: Diagnostic): DiagnosticData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return diagnostic.source === 'magnum-heat' && Array.isArray(data?.fixes) && typeof data?.version === 'number' ? (data as DiagnosticData) : undefined;
}

/** Quick fixes carried by our diagnostics; fixes computed for another version of the text are not offered. */
export function codeActionsFor(document: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = dataOf(diagnostic);
    if (!data || data.version !== document.version) continue;
    for (const fix of data.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(fix.isPreferred ? { isPreferred: true } : {}),
        edit: { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, fix.edits)] },
      });
    }
  }
  return actions;
}
