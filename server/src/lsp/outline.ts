/** textDocument/documentSymbol, foldingRange and documentLink: engine results mapped to the protocol. */
import { FoldingRangeKind, SymbolKind, type Connection, type DocumentLink, type DocumentSymbol, type FoldingRange, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { foldingOf, linksOf, symbolsOf, type Analysis, type OutlineKind, type OutlineSymbol } from '../engine';

const KIND: Record<OutlineKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  option: SymbolKind.Property,
  parameter: SymbolKind.Variable,
  resource: SymbolKind.Object,
  output: SymbolKind.Field,
  condition: SymbolKind.Boolean,
};

const rangeIn = (document: TextDocument, span: { start: number; end: number }) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });

function toSymbol(document: TextDocument, s: OutlineSymbol): DocumentSymbol {
  return {
    name: s.name,
    kind: KIND[s.kind],
    ...(s.detail !== undefined ? { detail: s.detail } : {}),
    range: rangeIn(document, s.span),
    selectionRange: rangeIn(document, s.selectionSpan),
    ...(s.children ? { children: s.children.map((c) => toSymbol(document, c)) } : {}),
  };
}

export interface OutlineDeps {
  documents: TextDocuments<TextDocument>;
  analysisOf(document: TextDocument): Promise<Analysis>;
  guard<T>(what: string, fallback: T, body: () => T): T;
}

export function registerOutline(connection: Connection, deps: OutlineDeps): void {
  const withAnalysis = <T>(what: string, fallback: T, body: (document: TextDocument, analysis: Analysis) => T) => async ({ textDocument }: { textDocument: { uri: string } }) => {
    const document = deps.documents.get(textDocument.uri);
    if (!document) return fallback;
    const analysis = await deps.analysisOf(document);
    return deps.guard(what, fallback, () => body(document, analysis));
  };
  connection.onDocumentSymbol(withAnalysis<DocumentSymbol[]>('document symbols', [], (document, analysis) => symbolsOf(analysis).map((s) => toSymbol(document, s))));
  // null, not []: where the language has no folding of its own (YAML), the editor's folding stays in force.
  connection.onFoldingRanges(withAnalysis<FoldingRange[] | null>('folding ranges', null, (_document, analysis) => foldingOf(analysis)?.map((f) => ({ ...f, kind: FoldingRangeKind.Region })) ?? null));
  connection.onDocumentLinks(withAnalysis<DocumentLink[]>('document links', [], (document, analysis) => linksOf(analysis).map((l) => ({ range: rangeIn(document, l.span), target: l.target }))));
}
