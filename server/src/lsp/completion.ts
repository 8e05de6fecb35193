import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionKind, CompletionProposal } from '../engine';

const KIND: Record<CompletionKind, CompletionItemKind> = {
  section: CompletionItemKind.Module,
  option: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  resourceType: CompletionItemKind.Class,
  property: CompletionItemKind.Property,
  parameter: CompletionItemKind.Variable,
  resource: CompletionItemKind.Reference,
  attribute: CompletionItemKind.Field,
  function: CompletionItemKind.Function,
  version: CompletionItemKind.EnumMember,
  keyword: CompletionItemKind.Keyword,
};

export function toCompletionItem(document: TextDocument, p: CompletionProposal): CompletionItem {
  const newText = p.insertText ?? p.label;
  return {
    label: p.label,
    kind: KIND[p.kind],
    ...(p.detail ? { detail: p.detail } : {}),
    ...(p.documentation ? { documentation: { kind: 'markdown', value: p.documentation } } : {}),
    ...(p.sortText ? { sortText: p.sortText } : {}),
    insertTextFormat: p.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(p.replace
      ? { textEdit: { range: { start: document.positionAt(p.replace.start), end: document.positionAt(p.replace.end) }, newText } }
      : { insertText: newText }),
  };
}
