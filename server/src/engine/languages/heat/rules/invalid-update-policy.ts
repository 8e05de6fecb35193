import { contentSpan } from '../content-span';
import { checkLiteral } from '../literal-values';
import { meant, renameFix, replaceFix } from '../replace-fix';
import { updatePolicies, type UpdatePolicy } from '../update-policies';
import { MERGE_KEY } from '../yaml-merge';
import { keyText, nodeSpan } from '../yaml-nodes';
import { didYouMean } from '../../../core/util/did-you-mean';
import type { Finding } from '../../../core/rule';
import type { HeatRule } from '../context';
import type { HeatPath } from '../template';

const dotted = (path: HeatPath) => path.slice(3).join('.');

function* unknownKeys(policy: UpdatePolicy): Generator<Finding> {
  for (const { map, schema, path } of policy.maps) {
    const known = Object.keys(schema);
    for (const pair of map.items) {
      const name = keyText(pair);
      const span = nodeSpan(pair.key);
      if (name === undefined || name === MERGE_KEY || !span || Object.hasOwn(schema, name)) continue;
      const where = path.length > 3 ? `update_policy '${dotted(path)}' of ${policy.typeName}` : `The update_policy of ${policy.typeName}`;
      const suggestion = didYouMean(name, known);
      const asProperty = path.length === 3 && Object.hasOwn(policy.properties, name) ? ` ('${name}' is a property of ${policy.typeName}: it goes under properties)` : '';
      const takes = known.length ? `${where} has no key '${name}'${meant(suggestion)}${asProperty}; it takes ${known.join(', ')}` : `${policy.typeName} takes no update_policy keys, so '${name}' is refused${asProperty}`;
      yield {
        message: `${takes}. Heat rejects the template.`,
        at: span,
        fixes: suggestion ? [renameFix(span, suggestion)] : [],
      };
    }
  }
}

export const invalidUpdatePolicy: HeatRule = {
  meta: {
    id: 'invalid-update-policy',
    severity: 'error',
    summary: "An update_policy key the resource's type does not take, or a value of the wrong type or out of range.",
    appliesTo: 'heat-template',
  },
  *check({ doc, release }) {
    for (const policy of updatePolicies(doc, release)) {
      if (policy.notMap) {
        const span = contentSpan(doc, policy.pair.value) ?? nodeSpan(policy.pair.key);
        if (span) yield { message: `The update_policy of '${policy.resource}' must be a map; Heat rejects the template.`, at: span };
        continue;
      }
      yield* unknownKeys(policy);
      for (const { node, info, path } of policy.values) {
        const span = contentSpan(doc, node);
        const problem = span && checkLiteral(node, info, doc.text.slice(span.start, span.end));
        if (!span || !problem) continue;
        yield {
          message: `update_policy '${dotted(path)}' of ${policy.typeName} ${problem.message}. Heat rejects the template.`,
          at: span,
          fixes: problem.replacement === undefined ? [] : [replaceFix(`Change to ${problem.replacement}`, span, problem.replacement)],
        };
      }
    }
  },
};
