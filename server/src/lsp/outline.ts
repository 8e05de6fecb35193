/** textDocument/documentSymbol, foldingRange and documentLink: engine results mapped to the protocol. */
import { FoldingRangeKind, SymbolKind, type Connection, type DocumentLink, type DocumentSymbol, type FoldingRange, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine/analyze';
import { confFoldingRanges, confSymbols } from '../engine/conf/symbols';
import { heatEnvironmentLinks, heatTemplateLinks } from '../engine/heat/links';
import { heatSymbols } from '../engine/heat/symbols';
import type { DocumentLinkTarget, OutlineKind, OutlineSymbol } from '../engine/outline';

const KIND: Record<OutlineKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  option: SymbolKind.Property,
  parameter: SymbolKind.Variable,
  resource: SymbolKind.Object,
  output: SymbolKind.Field,
  condition: SymbolKind.Boolean,
};

function toSymbol(document: TextDocument, s: OutlineSymbol): DocumentSymbol {
  const range = (span: { start: number; end: number }) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
  return {
    name: s.name,
    kind: KIND[s.kind],
    ...(s.detail !== undefined ? { detail: s.detail } : {}),
    range: range(s.span),
    selectionRange: range(s.selectionSpan),
    ...(s.children ? { children: s.children.map((c) => toSymbol(document, c)) } : {}),
  };
}

export function symbolsOf(analysis: Analysis): OutlineSymbol[] {
  if (analysis.kind === 'magnum-conf') return confSymbols(analysis.conf);
  if (analysis.kind === 'heat-template') return heatSymbols(analysis.heat);
  return [];
}

export function linksOf(analysis: Analysis, uri: string): DocumentLinkTarget[] {
  if (analysis.kind === 'heat-template') return heatTemplateLinks(analysis.heat, uri);
  if (analysis.kind === 'heat-environment') return heatEnvironmentLinks(analysis.heat, uri);
  return [];
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
  // null, not []: for YAML the editor's own (indentation) folding must stay in force.
  connection.onFoldingRanges(withAnalysis<FoldingRange[] | null>('folding ranges', null, (_document, analysis) => (analysis.kind === 'magnum-conf'
    ? confFoldingRanges(analysis.conf).map((f) => ({ ...f, kind: FoldingRangeKind.Region }))
    : null)));
  connection.onDocumentLinks(withAnalysis<DocumentLink[]>('document links', [], (document, analysis) => linksOf(analysis, document.uri).map((l) => ({
    range: { start: document.positionAt(l.span.start), end: document.positionAt(l.span.end) },
    target: l.target,
  }))));
}
