/** Which conditions Heat evaluates: those a resource, an output or an `if` uses, and those they name in turn. */
import { isScalar } from 'yaml';
import { findCalls } from './functions';
import { section, type HeatDocument } from './template';
import { asMap, asSeq, mapEntries, mapPair, scalarText, walk } from './yaml-nodes';

const used = new WeakMap<HeatDocument, Set<string>>();

export function usedConditions(doc: HeatDocument): Set<string> {
  const known = used.get(doc);
  if (known) return known;
  const definitions = new Map(mapEntries(section(doc, 'conditions')));
  const out = new Set<string>();
  const pending: string[] = [];
  const use = (name: string | undefined) => {
    if (name !== undefined && definitions.has(name) && !out.has(name)) {
      out.add(name);
      pending.push(name);
    }
  };
  for (const name of ['resources', 'outputs']) {
    for (const [, entry] of mapEntries(section(doc, name))) use(scalarText(mapPair(asMap(entry.value), 'condition')?.value));
  }
  for (const site of findCalls(doc, 'if')) if (site.section !== 'conditions') use(scalarText(asSeq(site.call.arg)?.items[0]));
  while (pending.length > 0) {
    // a condition names others as plain strings (not: c, and: [c, d])
    walk(definitions.get(pending.pop()!)?.value, (node) => {
      if (isScalar(node) && typeof node.value === 'string') use(node.value);
    });
  }
  used.set(doc, out);
  return out;
}
