/**
 * The Heat snippets where a key may start; the skeleton (`heat-template`) carries the newest
 * heat_template_version the release knows, and is what an empty YAML file is offered.
 */
import library from '../../../../../snippets/heat.json';
import type { CompletionProposal } from '../../core/completion-types';
import type { SourceFile } from '../../core/language';
import { snippetProposal, typedPrefix, type Snippet, type SnippetOptions } from '../../core/snippets';
import { newestVersionIn } from '../../knowledge/hot-versions';

const SNIPPETS = Object.values(library as Record<string, Snippet>);
const SKELETON = 'heat-template';
const VERSION_LINE = /^heat_template_version: .*$/m;

/** The skeleton's text for a release, and its description when that differs from the file's. */
function skeletonFor(snippet: Snippet, release: string): { text: string; detail?: string } {
  const text = snippet.body.join('\n');
  const newest = newestVersionIn(release);
  if (!newest) return { text };
  const version = newest.aliasOf ?? newest.value;
  const adapted = text.replace(VERSION_LINE, `heat_template_version: ${version}`);
  return adapted === text ? { text } : { text: adapted, detail: `A HOT template for ${version}, the newest version OpenStack ${release} knows: description, a parameter, a server using it, an output.` };
}

function proposals(snippets: Snippet[], text: string, offset: number, release: string, options: SnippetOptions): CompletionProposal[] {
  const { replace } = typedPrefix(text, offset);
  return snippets.flatMap((snippet) => {
    const { text: body, detail } = snippet.prefix === SKELETON ? skeletonFor(snippet, release) : { text: snippet.body.join('\n') };
    return options.adaptedOnly && detail === undefined ? [] : [snippetProposal(snippet, replace, body, detail)];
  });
}

/** In a template: where a key may start; beside the language's own proposals only at the top two levels. */
export function heatSnippets(text: string, offset: number, release: string, options: SnippetOptions): CompletionProposal[] {
  const { before, word } = typedPrefix(text, offset);
  const indent = before.length - word.length;
  const fits = /^\s*[\w-]*$/.test(before) && (indent <= 2 || !options.besideProposals);
  return fits ? proposals(SNIPPETS, text, offset, release, options) : [];
}

/** A YAML file no language claims yet: while it holds nothing but the prefix, the skeleton. */
export function heatStarterSnippets(file: SourceFile, offset: number, release: string, options: SnippetOptions): CompletionProposal[] {
  const yaml = file.languageId === 'yaml' || (file.languageId === undefined && /\.ya?ml$/i.test(file.path));
  if (!yaml || file.text.trim() !== typedPrefix(file.text, offset).word) return [];
  return proposals(SNIPPETS.filter((s) => s.prefix === SKELETON), file.text, offset, release, options);
}
