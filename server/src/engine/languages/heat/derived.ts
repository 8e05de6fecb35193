/**
 * Derived facts of a parsed Heat document (merged resource definitions, function calls, references,
 * typed definitions, nested uses ...), each computed on first use and kept with the document. A
 * document is parsed once per version, so every fact is built at most once per version, whichever
 * rules, hovers or fixes ask for it.
 */
import type { HeatDocument } from './template';

const facts = new WeakMap<HeatDocument, Map<string, unknown>>();

export function derived<T>(doc: HeatDocument, key: string, compute: () => T): T {
  let known = facts.get(doc);
  if (!known) {
    known = new Map();
    facts.set(doc, known);
  }
  if (!known.has(key)) known.set(key, compute());
  return known.get(key) as T;
}
