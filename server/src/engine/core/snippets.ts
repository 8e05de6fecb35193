/**
 * Snippets (snippets/*.json, which VS Code also reads itself) as completion proposals, for every LSP
 * client. Language-neutral: each language says where its snippets fit and may adapt one to the release.
 */
import type { CompletionProposal } from './completion-types';
import type { Span } from './text';

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

export interface SnippetOptions {
  /** Only the snippets whose text differs from the files' (the client has the files already). */
  adaptedOnly?: boolean;
  /** The language has proposals of its own here (property names ...). */
  besideProposals?: boolean;
}

export function snippetProposal(snippet: Snippet, replace: Span, text = snippet.body.join('\n'), detail = snippet.description): CompletionProposal {
  return { label: snippet.prefix, kind: 'snippet', detail, insertText: text, snippet: true, sortText: `zzzz-${snippet.prefix}`, replace };
}

/** The line up to the offset, and the snippet prefix being typed at its end (the span a snippet replaces). */
export function typedPrefix(text: string, offset: number): { before: string; word: string; replace: Span } {
  const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  const word = /[\w-]*$/.exec(before)?.[0] ?? '';
  return { before, word, replace: { start: offset - word.length, end: offset } };
}
