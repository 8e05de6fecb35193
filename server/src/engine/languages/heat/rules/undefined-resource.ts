import { resourceReferences } from '../references';
import { meant, renameFix, replaceFix } from '../replace-fix';
import { parameters, resources } from '../template';
import { nodeSpan } from '../yaml-nodes';
import type { FixSpec } from '../../../core/rule';
import type { HeatRule } from '../context';
import { didYouMean } from '../../../core/util/did-you-mean';

export const undefinedResource: HeatRule = {
  meta: {
    id: 'undefined-resource',
    severity: 'error',
    summary: 'get_resource, get_attr or depends_on names a resource the template does not define.',
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    const defined = resources(doc).map((r) => r.name);
    const names = new Set(defined);
    const declared = parameters(doc);
    for (const ref of resourceReferences(doc)) {
      const span = nodeSpan(ref.node);
      if (names.has(ref.name) || !span) continue;
      const fixes: FixSpec[] = [];
      const suggestion = didYouMean(ref.name, defined);
      if (suggestion) fixes.push(renameFix(span, suggestion));
      const isParameter = declared.has(ref.name) && ref.via === 'get_resource';
      const keySpan = isParameter ? nodeSpan(ref.call?.pair.key) : undefined;
      if (keySpan) fixes.push(replaceFix('Use get_param', keySpan, 'get_param', !suggestion));
      yield {
        message: isParameter
          ? `'${ref.name}' is a parameter, not a resource: get_resource cannot name it (use get_param). Heat rejects the template.`
          : `${ref.via} names '${ref.name}', which is not a resource of this template${meant(suggestion)}. Heat rejects the template.`,
        at: span,
        fixes,
      };
    }
  },
};
