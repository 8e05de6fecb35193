import { didYouMean } from '../../core/util/did-you-mean';
import { documentedName, heatLabel } from '../../knowledge/cluster-labels';
import { readersFor } from '../readers';
import { fix, type ClusterTemplateRule } from './shared';

export const unknownLabel: ClusterTemplateRule = {
  meta: {
    id: 'unknown-label',
    severity: 'warning',
    summary: 'A label no driver that may build the cluster reads: it is ignored (often a misspelling or a name from the docs that the code spells otherwise).',
    appliesTo: 'cluster-template',
  },
  *check(ctx) {
    for (const spec of ctx.specs) {
      if (!spec.labels.length) continue;
      const { readers, inferred } = readersFor(spec, ctx);
      if (!readers.length) continue;
      const allCapi = inferred && readers.every((r) => r.package);
      for (const label of spec.labels) {
        if (readers.some((r) => r.get(label.name))) continue;
        if (allCapi && heatLabel(label.name)) continue; // heat-label-to-capi says what became of it
        const documented = readers.map((r) => r.package && documentedName(r.package, label.name)).find((n) => n);
        const meant = documented ?? didYouMean(label.name, new Set(readers.flatMap((r) => r.names())));
        const who = readers.map((r) => r.reader).join(', ');
        const because = documented ? ` The driver's docs name it '${label.name}', but its code reads '${documented}': as written, the default applies.` : '';
        yield {
          message: `Label '${label.name}' is not read by ${who}: it is ignored.${because}${meant && !documented ? ` Did you mean '${meant}'?` : ''}`,
          at: label.nameSpan,
          severity: inferred ? undefined : 'information',
          fixes: meant ? fix(`Rename to '${meant}'`, spec.edits.renameLabel(label, meant)) : [],
        };
      }
    }
  },
};
