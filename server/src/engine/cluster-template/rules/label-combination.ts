import type { Finding } from '../../core/rule';
import { readersFor } from '../readers';
import type { ClusterTemplateContext, ClusterTemplateSpec } from '../model';
import { fix, type ClusterTemplateRule } from './shared';

const OVN_ALGORITHM = 'SOURCE_IP_PORT';

/** The last value of a label (Magnum keeps the last one given). */
const lastLabel = (spec: ClusterTemplateSpec, name: string) => [...spec.labels].reverse().find((l) => l.name === name);

function* ovnAlgorithm(spec: ClusterTemplateSpec, ctx: ClusterTemplateContext): Generator<Finding> {
  const provider = lastLabel(spec, 'octavia_provider');
  if (provider?.value?.toLowerCase() !== 'ovn') return;
  const algorithm = lastLabel(spec, 'octavia_lb_algorithm');
  if (algorithm?.value !== undefined && algorithm.value !== OVN_ALGORITHM) {
    yield {
      message: `octavia_provider=ovn takes only octavia_lb_algorithm=${OVN_ALGORITHM}: with '${algorithm.value}' Service load balancers are never created (magnum-cluster-api raises InvalidOctaviaLoadBalancerAlgorithm).`,
      at: algorithm.span,
      fixes: fix(`Set octavia_lb_algorithm=${OVN_ALGORITHM}`, spec.edits.replaceValue(algorithm, OVN_ALGORITHM)),
    };
  } else if (!algorithm && spec.labelsKnown) {
    const { readers, inferred } = readersFor(spec, ctx);
    // magnum-cluster-api picks SOURCE_IP_PORT itself for ovn; other drivers write their own default (ROUND_ROBIN).
    if (inferred && readers.every((r) => r.package === 'magnum-cluster-api')) return;
    yield {
      message: `octavia_provider=ovn without octavia_lb_algorithm: the OVN provider supports only ${OVN_ALGORITHM}, and a driver that writes its default (ROUND_ROBIN) gets no Service load balancers.`,
      at: provider.nameSpan,
      severity: 'warning',
      fixes: fix(`Add octavia_lb_algorithm=${OVN_ALGORITHM}`, spec.edits.addLabel('octavia_lb_algorithm', OVN_ALGORITHM)),
    };
  }
}

export const labelCombination: ClusterTemplateRule = {
  meta: {
    id: 'label-combination',
    severity: 'error',
    summary: 'Labels that do not work together (an OVN Octavia provider with a load-balancer algorithm other than SOURCE_IP_PORT).',
    appliesTo: 'cluster-template',
  },
  *check(ctx) {
    for (const spec of ctx.specs) yield* ovnAlgorithm(spec, ctx);
  },
};
