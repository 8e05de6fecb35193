import { validatedDefinitions } from '../property-tree';
import type { HeatPropertyInfo } from '../../../knowledge/heat-schema';
import { effectivePairs } from '../yaml-merge';
import { keyText, mapPair, nodeSpan } from '../yaml-nodes';
import type { HeatRule } from '../context';

export const missingRequiredProperty: HeatRule = {
  meta: {
    id: 'missing-required-property',
    severity: 'error',
    summary: 'A resource leaves out a property its type requires.',
    appliesTo: 'heat-template',
  },
  *check({ doc, release }) {
    const seen = new Set<unknown>(); // an aliased map is checked once, wherever it is merged in
    for (const definition of validatedDefinitions(doc, release)) {
      // Heat neither creates nor validates a resource that adopts an existing one
      if (definition.computed || mapPair(definition.holder, 'external_id')) continue;
      const required = (schema: Record<string, { required?: boolean }>) => Object.keys(schema).filter((k) => schema[k].required);
      if (!definition.properties) {
        const missing = required(definition.info.properties);
        if (missing.length === 0) continue;
        const typePair = mapPair(definition.holder, 'type');
        yield {
          message: `${definition.typeName} requires ${list(missing)}, and '${definition.resource}' has no properties. Heat fails the stack create.`,
          at: nodeSpan(typePair?.key) ?? { path: definition.holderPath, part: 'key' },
        };
        continue;
      }
      for (const { map, schema, path } of definition.maps) {
        if (seen.has(map)) continue;
        seen.add(map);
        const present = new Set(effectivePairs(doc, map).map(keyText));
        const missing = required(schema).filter((name) => !present.has(name) && !legacyAlternative(present, schema, name));
        if (missing.length === 0) continue;
        const relative = path.slice(definition.holderPath.length + 1).filter((p) => typeof p === 'string');
        const where = relative.length ? `each '${relative.join('.')}' entry of ${definition.typeName}` : definition.typeName;
        yield {
          message: `${where} requires ${list(missing)}; it is missing. Heat fails the stack create.`,
          at: path.length === definition.holderPath.length + 1 ? { path, part: 'key' } : (nodeSpan(map.items[0]?.key) ?? nodeSpan(map) ?? { path }),
        };
      }
    }
  },
};

/**
 * Heat translates a few retired spellings to the required property (network_id -> network,
 * router_id -> router): a hidden or deprecated `<name>_id` / `<name>_name` that is set counts.
 */
function legacyAlternative(present: Set<string | undefined>, schema: Record<string, HeatPropertyInfo>, name: string): boolean {
  return [`${name}_id`, `${name}_name`].some((alt) => Object.hasOwn(schema, alt) && schema[alt].status !== undefined && present.has(alt));
}

function list(names: string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  return quoted.length === 1 ? `property ${quoted[0]}` : `properties ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
