import { isScalar } from 'yaml';
import { resources } from '../template';
import { asSeq, mapPair, nodeSpan } from '../yaml-nodes';
import type { HeatRule } from '../context';

const isName = (n: unknown) => isScalar(n) && typeof n.value === 'string';

export const invalidDependsOn: HeatRule = {
  meta: {
    id: 'invalid-depends-on',
    severity: 'error',
    summary: 'depends_on is neither a resource name nor a list of resource names (functions are not allowed there).',
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    for (const resource of resources(doc)) {
      const pair = mapPair(resource.body, 'depends_on');
      if (!pair || pair.value == null || (isScalar(pair.value) && pair.value.value === null) || isName(pair.value)) continue;
      const items = asSeq(pair.value)?.items;
      const bad = items ? items.find((item) => !isName(item)) : pair.value;
      if (bad === undefined) continue;
      yield {
        message: `depends_on of '${resource.name}' must be a resource name or a list of resource names (no functions); Heat rejects the template.`,
        at: nodeSpan(bad) ?? nodeSpan(pair.key)!,
      };
    }
  },
};
