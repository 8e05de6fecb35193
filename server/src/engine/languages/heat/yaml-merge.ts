/**
 * YAML anchors, aliases and `<<` merge keys as Heat's loader (PyYAML) applies them: an alias stands for
 * its anchored node, and a mapping's `<<: *x` (or `<<: [*x, *y]`) adds the keys it does not set itself.
 */
import { isAlias, isMap, isSeq, type Pair, type YAMLMap } from 'yaml';
import { resolveAlias } from './aliases';
import type { HeatDocument } from './template';
import { keyText } from './yaml-nodes';

export const MERGE_KEY = '<<';

/** The node an alias stands for (aliases of aliases followed); other nodes as they are. */
export function resolved(doc: HeatDocument, node: unknown): unknown {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < 32; hops++) current = resolveAlias(doc.yaml, current);
  return isAlias(current) ? undefined : current;
}

export function isMergePair(pair: Pair<unknown, unknown>): boolean {
  return keyText(pair) === MERGE_KEY;
}

function mergeSources(doc: HeatDocument, map: YAMLMap<unknown, unknown>): Array<YAMLMap<unknown, unknown>> {
  return map.items.filter(isMergePair).flatMap((merge) => {
    const value = resolved(doc, merge.value);
    return (isSeq(value) ? value.items.map((item) => resolved(doc, item)) : [value]).filter((m): m is YAMLMap<unknown, unknown> => isMap(m));
  });
}

const merged = new WeakMap<YAMLMap<unknown, unknown>, Array<Pair<unknown, unknown>>>();

/**
 * Entries merge keys may copy per document. A chain of n maps each merging the previous one copies
 * n²/2 entries (a 361 KB template: 35 million); past this budget a `<<` contributes nothing, so
 * hostile YAML costs bounded work. Real templates copy a few hundred.
 */
export const MAX_MERGED_ENTRIES = 200_000;
const mergeWork = new WeakMap<HeatDocument, { copied: number }>();

function workOf(doc: HeatDocument): { copied: number } {
  let work = mergeWork.get(doc);
  if (!work) mergeWork.set(doc, (work = { copied: 0 }));
  return work;
}

/**
 * The mapping's entries with merged ones added: own keys first, then what `<<` brings that they lack
 * (earlier sources first). Chains of merges are followed to the end, without recursion; a cycle
 * through an alias contributes nothing.
 */
export function effectivePairs(doc: HeatDocument, map: YAMLMap<unknown, unknown>): Array<Pair<unknown, unknown>> {
  const stack = [map];
  const started = new Set<YAMLMap<unknown, unknown>>();
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (merged.has(top)) { stack.pop(); continue; }
    const sources = mergeSources(doc, top);
    const pending = sources.filter((s) => !merged.has(s) && !started.has(s));
    if (pending.length > 0 && !started.has(top)) {
      started.add(top);
      stack.push(...pending);
      continue;
    }
    const own = top.items.filter((p) => !isMergePair(p));
    const seen = new Set(own.map(keyText));
    const out = [...own];
    const work = workOf(doc);
    work.copied += sources.reduce((n, source) => n + (merged.get(source)?.length ?? 0), 0);
    for (const pair of work.copied > MAX_MERGED_ENTRIES ? [] : sources.flatMap((source) => merged.get(source) ?? [])) {
      const key = keyText(pair);
      if (key === undefined || seen.has(key)) continue;
      seen.add(key);
      out.push(pair);
    }
    merged.set(top, out);
    stack.pop();
  }
  return merged.get(map)!;
}

/** The value of a key, merges and aliases applied (the last own entry wins, as in mapPair). */
export function effectiveValue(doc: HeatDocument, map: YAMLMap<unknown, unknown> | undefined, key: string): unknown {
  if (!map) return undefined;
  const pairs = effectivePairs(doc, map).filter((p) => keyText(p) === key);
  return resolved(doc, pairs[pairs.length - 1]?.value);
}

/** Whether the mapping takes entries from a `<<` merge. */
export function hasMerge(map: YAMLMap<unknown, unknown>): boolean {
  return map.items.some(isMergePair);
}
