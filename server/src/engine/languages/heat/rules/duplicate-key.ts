import type { Pair } from 'yaml';
import { deletePairLines } from '../edits';
import type { HeatDocument } from '../template';
import { MERGE_KEY } from '../yaml-merge';
import { mappings } from '../mappings';
import { keyText, nodeSpan } from '../yaml-nodes';
import type { Finding, FixSpec } from '../../../core/rule';
import type { HeatRule } from '../context';

/** Removing the overridden entry keeps what Heat does; offered when the entry has its own lines. */
function removeFix(doc: HeatDocument, pair: Pair<unknown, unknown>, name: string): FixSpec[] {
  const key = nodeSpan(pair.key)!;
  const lineStart = doc.index.lineStart(doc.index.positionAt(key.start).line);
  if (doc.text.slice(lineStart, key.start).trim() !== '') return [];
  const valueEnd = nodeSpan(pair.value)?.end ?? key.end;
  return [{ title: `Remove the ignored '${name}' entry`, edits: [deletePairLines(doc, key.start, valueEnd)], preferred: true }];
}

export const duplicateKey: HeatRule = {
  meta: {
    id: 'duplicate-key',
    severity: 'warning',
    summary: 'A mapping repeats a key; Heat silently keeps the last entry.',
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    const found: Finding[] = [];
    for (const node of mappings(doc)) {
      const byName = new Map<string, Array<Pair<unknown, unknown>>>();
      for (const pair of node.items) {
        const name = keyText(pair);
        if (name === undefined || name === MERGE_KEY || !nodeSpan(pair.key)) continue;
        const same = byName.get(name);
        if (same) same.push(pair);
        else byName.set(name, [pair]);
      }
      for (const [name, pairs] of byName) {
        if (pairs.length < 2) continue;
        const winner = nodeSpan(pairs[pairs.length - 1].key)!;
        const line = doc.index.positionAt(winner.start).line + 1;
        for (const pair of pairs.slice(0, -1)) {
          found.push({
            message: `'${name}' appears again on line ${line}; Heat keeps only the last entry, so this one is ignored.`,
            at: nodeSpan(pair.key)!,
            related: [{ at: winner, message: `The '${name}' entry Heat uses.` }],
            fixes: removeFix(doc, pair, name),
          });
        }
      }
    }
    yield* found;
  },
};
