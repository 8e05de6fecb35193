import { catalogFor } from '../catalog';
import { replaceValue } from '../edits';
import { groupedEntries } from '../model';
import { checkValue } from '../values';
import type { ConfRule } from '../context';

export const invalidValue: ConfRule = {
  meta: {
    id: 'invalid-value',
    severity: 'error',
    summary: 'A value oslo.config cannot convert to the option\'s type (or a URL option that is no URL).',
    appliesTo: 'magnum-conf',
  },
  *check({ doc, release, capi }) {
    const catalog = catalogFor(doc, release, capi);
    for (const { group, entry } of groupedEntries(doc)) {
      const found = catalog.lookup(group, entry.key);
      if (found.kind !== 'option' && found.kind !== 'alias') continue;
      const problem = checkValue(found.info, entry.value);
      if (!problem) continue;
      const empty = entry.valueSpan.start === entry.valueSpan.end;
      yield {
        // No key in the message: a rename or move of the line keeps the very same finding.
        message: `${problem.message[0].toUpperCase()}${problem.message.slice(1)}. The service fails when it reads this option.`,
        at: empty ? entry.keySpan : entry.valueSpan,
        fixes: problem.replacement !== undefined
          ? [{ title: problem.fixTitle ?? `Change to '${problem.replacement}'`, edits: [replaceValue(entry, problem.replacement)], preferred: true }]
          : [],
      };
    }
  },
};
