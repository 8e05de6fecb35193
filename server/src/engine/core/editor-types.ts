/** Editor-neutral outline entries (documentSymbol), folding ranges and document links; lsp/ maps them to the protocol. */
import type { Span } from './text';
import type { Range } from './types';

export type OutlineKind = 'section' | 'option' | 'parameter' | 'resource' | 'output' | 'condition';

export interface OutlineSymbol {
  name: string;
  kind: OutlineKind;
  /** Shown beside the name: a resource's type, a parameter's type. Never a value (it could be a secret). */
  detail?: string;
  /** The whole entry. */
  span: Span;
  /** The name itself, what the editor selects and reveals. */
  selectionSpan: Span;
  children?: OutlineSymbol[];
}

/** Lines, 0-based, both inclusive. */
export interface FoldingLines {
  startLine: number;
  endLine: number;
}

/** A reference to another file: the span of the reference as written, and the file it resolves to. */
export interface DocumentLinkTarget {
  span: Span;
  target: string;
}

/** One edit of a rename, in the file as the caller names it. */
export interface RenameEdit {
  path: string;
  range: Range;
  newText: string;
}

export type Refusal = { refused: string };
export type Preparation = { span: Span; placeholder: string } | Refusal;
