import { heatLabel, HEAT_LABELS_DRIVER } from '../../knowledge/cluster-labels';
import { readersFor } from '../readers';
import { fix, type ClusterTemplateRule } from './shared';

export const heatLabelToCapi: ClusterTemplateRule = {
  meta: {
    id: 'heat-label-to-capi',
    severity: 'warning',
    summary: 'A Heat-era label on a template for a Cluster API driver: the driver reads it under another name, by another mechanism, or not at all.',
    appliesTo: 'cluster-template',
  },
  *check(ctx) {
    for (const spec of ctx.specs) {
      const { readers, inferred } = readersFor(spec, ctx);
      if (!inferred || !readers.length || !readers.every((r) => r.package)) continue;
      for (const label of spec.labels) {
        const heat = heatLabel(label.name);
        if (!heat || readers.some((r) => r.get(label.name))) continue;
        const fates = readers.map((r) => ({ reader: r.reader, ...heat.capi[r.package!] }));
        const renamed = fates.length === 1 && fates[0].relation === 'counterpart_other_name' ? fates[0].target : undefined;
        const says = fates.map((f) => f.relation === 'counterpart_other_name' ? `${f.reader} reads it as '${f.target}'`
          : f.relation === 'different_mechanism' ? `${f.reader} ignores it and takes this from the ${f.target}`
            : `${f.reader} does not support it`);
        yield {
          message: `'${label.name}' is a label of the Heat driver ${HEAT_LABELS_DRIVER}: ${says.join('; ')}. As written it is ignored.`,
          at: label.nameSpan,
          fixes: renamed ? fix(`Rename to '${renamed}'`, spec.edits.renameLabel(label, renamed)) : [],
        };
      }
    }
  },
};
