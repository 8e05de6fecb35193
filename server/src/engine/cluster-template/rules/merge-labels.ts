import { candidateDrivers } from '../drivers';
import type { ClusterTemplateContext, ClusterTemplateSpec } from '../model';
import { fieldName, fix, stringField, type ClusterTemplateRule } from './shared';

/** The labels of the template the cluster names, when the same text creates it. */
function templateLabels(spec: ClusterTemplateSpec, ctx: ClusterTemplateContext): string[] | undefined {
  const name = stringField(spec, 'cluster_template_id');
  const template = name === undefined ? undefined : ctx.specs.find((s) => s.kind === 'cluster-template' && stringField(s, 'name') === name);
  return template?.labelsKnown ? [...new Set(template.labels.map((l) => l.name))] : undefined;
}

export const mergeLabels: ClusterTemplateRule = {
  meta: {
    id: 'merge-labels',
    severity: 'warning',
    summary: "A cluster created with its own labels but without merge_labels: the template's labels are dropped, not merged.",
    appliesTo: 'cluster-template',
  },
  *check(ctx) {
    for (const spec of ctx.specs) {
      if (spec.kind !== 'cluster' || (!spec.labels.length && spec.labelsKnown)) continue;
      const merge = spec.fields.get('merge_labels');
      if (merge && merge.value !== false) continue;
      const inTemplate = templateLabels(spec, ctx);
      const lost = (inTemplate ?? []).filter((n) => !spec.labels.some((l) => l.name === n));
      if (inTemplate && !lost.length) continue; // the template's labels are all given again: nothing is dropped
      const mcapi = candidateDrivers(spec, ctx).some((d) => d.startsWith('k8s_cluster_api_'));
      const flag = fieldName(spec, 'merge_labels');
      const first = spec.labels[0];
      yield {
        message: `The cluster's labels replace the template's labels without ${flag}${lost.length ? `: ${lost.join(', ')} from the template would be dropped` : ''}.`
          + `${mcapi && !spec.labels.some((l) => l.name === 'kube_tag') ? ' magnum-cluster-api then has no kube_tag, and the cluster fails to create and to delete.' : ''}`,
        at: spec.fields.get('labels')?.nameSpan ?? first?.nameSpan ?? spec.anchor,
        fixes: fix(`Add ${flag}`, merge ? spec.edits.replaceValue(merge, true) : spec.edits.addField('merge_labels', true)),
      };
    }
  },
};
