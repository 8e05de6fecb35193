/** The magnum.conf section snippets, at the start of a line. */
import library from '../../../../../snippets/magnum-conf.json';
import type { CompletionProposal } from '../../core/completion-types';
import { snippetProposal, typedPrefix, type Snippet, type SnippetOptions } from '../../core/snippets';
import type { ConfDocument } from './tokenizer';

const SNIPPETS = Object.values(library as Record<string, Snippet>);

export function confSnippets(doc: ConfDocument, offset: number, options: SnippetOptions): CompletionProposal[] {
  if (options.adaptedOnly) return []; // nothing in them depends on the release
  const { before, replace } = typedPrefix(doc.text, offset);
  return /^[\w-]*$/.test(before) ? SNIPPETS.map((s) => snippetProposal(s, replace)) : [];
}
