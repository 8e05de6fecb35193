/**
 * Which property schema a value node fills, for the resources Heat validates with `template validate`
 * (top-level ones: a group's members are validated only when their nested stack is), and whether
 * such a property takes a map of plain data.
 */
import type { HeatPropertyInfo } from '../../knowledge/heat-schema';
import { derived } from './derived';
import { validatedDefinitions, type SchemaValue, type TypedDefinition } from './property-tree';
import type { HeatDocument } from './template';

export interface PropertySlot {
  definition: TypedDefinition;
  value: SchemaValue;
  /** The property's path inside `properties`, e.g. networks[0].network. */
  name: string;
}

export function propertySlot(doc: HeatDocument, release: string, node: unknown): PropertySlot | undefined {
  return derived(doc, `property-slots:${release}`, () => {
    const slots = new Map<unknown, PropertySlot>();
    for (const definition of validatedDefinitions(doc, release)) {
      if (definition.holderPath.length !== 2) continue;
      for (const value of definition.values) {
        const name = value.path.slice(3).map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);
        if (!slots.has(value.node)) slots.set(value.node, { definition, value, name });
      }
    }
    return slots;
  }).get(node);
}

/** What a property of this schema says to a single-key map `{key: ...}` taken as data; undefined: it takes it. */
export function refusesMap(info: HeatPropertyInfo, key: string): string | undefined {
  switch (info.type) {
    case 'String': return 'must be a string';
    case 'Integer': return 'must be an integer';
    case 'Number': return 'must be a number';
    case 'Boolean': return 'must be true or false';
    case 'List': return 'must be a list';
    case 'Map': return info.schema && !Object.hasOwn(info.schema, key) ? `has no key '${key}'` : undefined;
    default: return undefined;
  }
}
