import { contentSpan } from '../content-span';
import { checkLiteral } from '../literal-values';
import { validatedDefinitions } from '../property-tree';
import { replaceFix } from '../replace-fix';

import type { HeatRule } from '../context';

export const invalidPropertyValue: HeatRule = {
  meta: {
    id: 'invalid-property-value',
    severity: 'error',
    summary: 'A literal property value has the wrong type or breaks an allowed-values, range, length or pattern constraint.',
    appliesTo: 'heat-template',
  },
  *check({ doc, release }) {
    const seen = new Set<unknown>(); // an aliased value is one value, wherever it is merged in
    for (const definition of validatedDefinitions(doc, release)) {
      for (const { node, info, path } of definition.values) {
        const span = contentSpan(doc, node);
        if (!span || seen.has(node)) continue;
        seen.add(node);
        const problem = checkLiteral(node, info, doc.text.slice(span.start, span.end));
        if (!problem) continue;
        const name = path.slice(definition.holderPath.length + 1).map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);
        yield {
          message: `${definition.typeName} property '${name}' ${problem.message}. Heat fails the stack create.`,
          at: span,
          fixes: problem.replacement === undefined ? [] : [replaceFix(`Change to ${problem.replacement}`, span, problem.replacement)],
        };
      }
    }
  },
};
