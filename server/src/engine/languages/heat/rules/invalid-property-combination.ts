import { CREATE_CHECKS, propertyState } from '../create-checks';
import { typedDefinitions } from '../property-tree';
import { mapPair, nodeSpan } from '../yaml-nodes';
import type { HeatRule } from '../context';

export const invalidPropertyCombination: HeatRule = {
  meta: {
    id: 'invalid-property-combination',
    severity: 'error',
    summary: "Properties that each look fine but together fail the type's own check on create (OS::Cinder::Volume without a size or a source).",
    appliesTo: 'heat-template',
  },
  *check({ doc, release }) {
    for (const definition of typedDefinitions(doc, release)) {
      const check = CREATE_CHECKS[definition.typeName];
      // Heat neither creates nor validates a resource that adopts an existing one
      if (!check || definition.computed || mapPair(definition.holder, 'external_id')) continue;
      const state = propertyState(doc, definition.properties);
      for (const problem of check(state)) {
        const on = problem.on === undefined ? undefined : nodeSpan(state.pair(problem.on)?.key);
        const holderKey = definition.properties ? 'properties' : 'type';
        yield {
          message: `${definition.typeName} '${definition.resource}' ${problem.message}. Heat fails the stack create.`,
          at: on ?? nodeSpan(mapPair(definition.holder, holderKey)?.key) ?? { path: definition.holderPath, part: 'key' },
        };
      }
    }
  },
};
