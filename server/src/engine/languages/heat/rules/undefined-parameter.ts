import { usedConditions } from '../conditions';
import { findCalls, getParamTarget, type CallSite } from '../functions';
import { insertSectionEntry } from '../edits';
import { parameters, resources } from '../template';
import { nodeSpan } from '../yaml-nodes';
import { resourceType } from '../../../knowledge/heat-types';
import { PSEUDO_PARAMETERS } from '../../../knowledge/hot-versions';
import type { HeatRule } from '../context';
import type { Finding } from '../../../core/rule';

/** What Heat does with an undeclared parameter depends on where it is read. */
function consequence(site: CallSite, doc: Parameters<typeof usedConditions>[0]): Pick<Finding, 'severity' | 'tags'> & { text: string } {
  if (site.section === 'outputs') return { text: `Heat accepts the template, but output '${site.entry}' shows an error instead of a value.`, severity: 'warning' };
  if (site.section === 'conditions' && !usedConditions(doc).has(site.entry)) {
    return { text: `condition '${site.entry}' is used by no resource, output or if, so Heat never evaluates it: dead code.`, severity: 'warning', tags: ['unnecessary'] };
  }
  return { text: 'Heat rejects the template.' };
}

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
      const { text, ...severity } = consequence(site, doc);
      yield {
        message: `Parameter '${target.name}' is not declared in this template's parameters section; ${text}`,
        at: span,
        ...severity,
        fixes: [{
          title: `Declare parameter '${target.name}' (type: ${type})`,
          edits: [insertSectionEntry(doc, 'parameters', target.name, [`type: ${type}`])],
          preferred: true,
        }],
      };
    }
  },
};
