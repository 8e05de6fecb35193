import { readersFor } from '../readers';
import type { LabelInfo } from '../labels';
import { type ClusterTemplateRule } from './shared';

export const requiredLabel: ClusterTemplateRule = {
  meta: {
    id: 'required-label',
    severity: 'error',
    summary: 'A cluster template lacks a label its driver cannot do without (kube_tag for magnum-cluster-api).',
    appliesTo: 'cluster-template',
  },
  *check(ctx) {
    for (const spec of ctx.specs) {
      if (spec.kind !== 'cluster-template' || !spec.labelsKnown) continue;
      const { readers, inferred } = readersFor(spec, ctx);
      if (!inferred || !readers.length) continue;
      const have = new Set(spec.labels.map((l) => l.name));
      const missing = new Map<string, LabelInfo[]>();
      for (const r of readers) {
        for (const name of r.names()) {
          const info = r.get(name)!;
          if (info.required && !have.has(name)) missing.set(name, [...(missing.get(name) ?? []), info]);
        }
      }
      for (const [name, infos] of missing) {
        yield {
          message: `No label ${name}: ${infos.map((i) => i.reader).join(', ')} has no default for it, so creating (and then deleting) clusters from this template fails. Set ${name} to the Kubernetes version of the image, e.g. ${name}=v1.30.4.`,
          at: spec.anchor,
        };
      }
    }
  },
};
