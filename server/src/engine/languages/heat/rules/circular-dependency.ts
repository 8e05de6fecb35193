import { dependencyCycles, dependencyGraph } from '../dependencies';
import type { HeatRule } from '../context';

export const circularDependency: HeatRule = {
  meta: {
    id: 'circular-dependency',
    severity: 'error',
    summary: 'Resources depend on each other in a circle (through get_resource, get_attr or depends_on), so none can be created first.',
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    for (const cycle of dependencyCycles(dependencyGraph(doc))) {
      yield {
        message: cycle.length === 2
          ? `Resource '${cycle[0]}' depends on itself; Heat rejects the template (circular dependency).`
          : `Circular dependency: ${cycle.join(' -> ')}; none of them can be created first, so Heat rejects the template.`,
        at: { path: ['resources', cycle[0]], part: 'key' },
      };
    }
  },
};
