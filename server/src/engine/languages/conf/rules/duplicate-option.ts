import { catalogFor } from '../catalog';
import { deleteEntry } from '../edits';
import { groupedEntries, normalizeKey } from '../model';
import type { ConfEntry } from '../tokenizer';
import type { ConfRule } from '../context';

export const duplicateOption: ConfRule = {
  meta: {
    id: 'duplicate-option',
    severity: 'warning',
    summary: 'An option set twice in its group: oslo.config uses the last value and ignores the others.',
    appliesTo: 'magnum-conf',
  },
  *check({ doc, release, capi }) {
    const catalog = catalogFor(doc, release, capi);
    const byOption = new Map<string, ConfEntry[]>();
    for (const { group, entry } of groupedEntries(doc)) {
      const id = `${group}\u0000${normalizeKey(entry.key)}`;
      const seen = byOption.get(id);
      if (seen) seen.push(entry);
      else byOption.set(id, [entry]);
    }
    for (const [id, entries] of byOption) {
      if (entries.length < 2) continue;
      const found = catalog.lookup(id.split('\u0000')[0], entries[0].key);
      if ((found.kind === 'option' || found.kind === 'alias') && found.info.type === 'MultiStrOpt') continue;
      const last = entries[entries.length - 1];
      const lastLine = doc.index.positionAt(last.keySpan.start).line + 1;
      for (const entry of entries.slice(0, -1)) {
        yield {
          message: `'${entry.key}' is set again on line ${lastLine}; oslo.config uses that last value, so this line is ignored.`,
          at: entry.keySpan,
          tags: ['unnecessary'],
          fixes: [{ title: 'Remove this ignored line', edits: [deleteEntry(entry)], preferred: true }],
        };
      }
    }
  },
};
