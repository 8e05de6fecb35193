/**
 * The snippets of snippets/*.json as completion proposals, for every LSP client (VS Code also reads the
 * files itself). The Heat skeleton gets the newest heat_template_version the release knows.
 */
import confSnippets from '../../../../snippets/magnum-conf.json';
import heatSnippets from '../../../../snippets/heat.json';
import { newestVersionIn } from '../knowledge/hot-versions';
import type { CompletionProposal } from './types';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

export type SnippetLanguage = 'magnum-conf' | 'heat';

const SKELETON_PREFIX = 'heat-template';
const VERSION_LINE = /^heat_template_version: .*$/m;

function proposal(snippet: Snippet, text: string, detail = snippet.description): CompletionProposal {
  return { label: snippet.prefix, kind: 'snippet', detail, insertText: text, snippet: true, sortText: `zzzz-${snippet.prefix}` };
}

/** The skeleton's text for a release, and whether it differs from the file's. */
function skeletonFor(snippet: Snippet, release: string): { text: string; detail?: string } {
  const text = snippet.body.join('\n');
  const newest = newestVersionIn(release);
  if (!newest) return { text };
  const version = newest.aliasOf ?? newest.value;
  const adapted = text.replace(VERSION_LINE, `heat_template_version: ${version}`);
  return adapted === text ? { text } : { text: adapted, detail: `A HOT template for ${version}, the newest version OpenStack ${release} knows: description, a parameter, a server using it, an output.` };
}

export interface SnippetOptions {
  /** Only the snippets whose text differs from the files' (the client has the files already). */
  adaptedOnly?: boolean;
  /** Only the Heat skeleton (a YAML document that is no template yet). */
  skeletonOnly?: boolean;
  /** The engine has proposals here (property names ...): Heat snippets then only at the top two levels. */
  besideProposals?: boolean;
}

export function snippetProposals(language: SnippetLanguage, release: string, options: SnippetOptions = {}): CompletionProposal[] {
  const library = Object.values((language === 'heat' ? heatSnippets : confSnippets) as Record<string, Snippet>);
  return library.flatMap((snippet) => {
    const skeleton = snippet.prefix === SKELETON_PREFIX;
    if (options.skeletonOnly && !skeleton) return [];
    const { text, detail } = skeleton ? skeletonFor(snippet, release) : { text: snippet.body.join('\n') };
    if (options.adaptedOnly && detail === undefined) return [];
    return [proposal(snippet, text, detail)];
  });
}

const WORD_BEFORE = /[\w-]*$/;

/**
 * Snippets at an offset: in magnum.conf at the start of a line, in a Heat template where a key may
 * start, in any other YAML document only the skeleton and only while the document is still empty.
 */
export function snippetsAt(kind: 'magnum-conf' | 'heat-template' | 'yaml' | undefined, text: string, offset: number, release: string, options: SnippetOptions = {}): CompletionProposal[] {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  const before = text.slice(lineStart, offset);
  const word = WORD_BEFORE.exec(before)?.[0] ?? '';
  const replace = { start: offset - word.length, end: offset };
  const at = (proposals: CompletionProposal[]) => proposals.map((p) => ({ ...p, replace }));
  if (kind === 'magnum-conf') return /^[\w-]*$/.test(before) ? at(snippetProposals('magnum-conf', release, options)) : [];
  if (kind === 'heat-template') {
    const indent = before.length - word.length;
    const fits = /^\s*[\w-]*$/.test(before) && (indent <= 2 || !options.besideProposals);
    return fits ? at(snippetProposals('heat', release, options)) : [];
  }
  if (kind === 'yaml' && text.trim() === word) return at(snippetProposals('heat', release, { ...options, skeletonOnly: true }));
  return [];
}
