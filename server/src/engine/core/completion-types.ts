import type { Span } from './text';

export type CompletionKind = 'section' | 'option' | 'value' | 'resourceType' | 'property' | 'parameter' | 'resource' | 'attribute' | 'function' | 'version' | 'keyword' | 'snippet';

/** Editor-neutral completion proposal; the LSP layer maps it to a CompletionItem. */
export interface CompletionProposal {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Text to insert; an LSP snippet when `snippet` is true. Defaults to the label. */
  insertText?: string;
  snippet?: boolean;
  sortText?: string;
  /** The span the insertion replaces (the word being typed); defaults to the word at the cursor. */
  replace?: Span;
}
