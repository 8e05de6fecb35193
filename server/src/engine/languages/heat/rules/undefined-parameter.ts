import { findCalls, getParamTarget } from '../functions';
import { insertSectionEntry } from '../edits';
import { parameters, resources } from '../template';
import { nodeSpan } from '../yaml-nodes';
import { resourceType } from '../../../knowledge/heat-types';
import { PSEUDO_PARAMETERS } from '../../../knowledge/hot-versions';
import type { HeatRule } from '../context';

export const undefinedParameter: HeatRule = {
  meta: {
    id: 'undefined-parameter',
    severity: 'error',
    summary: 'get_param names a parameter the template does not declare.',
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    const declared = parameters(doc);
    const typeOf = new Map(resources(doc).map((r) => [r.name, r.type]));
    for (const site of findCalls(doc, 'get_param')) {
      const target = getParamTarget(site.call);
      const span = target && nodeSpan(target.node);
      if (!target || !span || declared.has(target.name) || PSEUDO_PARAMETERS.includes(target.name)) continue;
      const property = site.property && resourceType(typeOf.get(site.property.resource))?.properties[site.property.name];
      const type = property?.parameterType ?? (target.path ? 'json' : 'string');
      yield {
        message: `Parameter '${target.name}' is not declared in this template's parameters section; Heat rejects the template.`,
        at: span,
        fixes: [{
          title: `Declare parameter '${target.name}' (type: ${type})`,
          edits: [insertSectionEntry(doc, 'parameters', target.name, [`type: ${type}`])],
          preferred: true,
        }],
      };
    }
  },
};
