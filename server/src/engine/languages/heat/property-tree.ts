/** Resource properties paired with the schema they must satisfy, for the property rules and hovers. */
import { isMap, isSeq, type YAMLMap } from 'yaml';
import type { HeatPropertyInfo, HeatResourceTypeInfo } from '../../knowledge/heat-schema';
import { allFunctionNames } from '../../knowledge/hot-versions';
import { resources, type HeatDocument, type HeatPath } from './template';
import { derived } from './derived';
import { resolveResourceType } from './type-resolution';
import { effectivePairs, effectiveValue, resolved } from './yaml-merge';
import { asMap, keyText, scalarText } from './yaml-nodes';

/** Condition functions are never plain data in a sensible template either. */
const CONDITION_ONLY = new Set(['equals', 'not', 'and', 'or']);

/** A single-key map naming a function of any HOT version: its value is computed, not literal. */
export function isFunctionLike(node: unknown): boolean {
  if (!isMap(node) || node.items.length !== 1) return false;
  const name = keyText(node.items[0]);
  return name !== undefined && (allFunctionNames().has(name) || CONDITION_ONLY.has(name));
}

/** Something created from a known type: a resource, or the member definition of a group. */
export interface TypedDefinition {
  /** The resource's name (a group member is named after its group). */
  resource: string;
  typeName: string;
  info: HeatResourceTypeInfo;
  /** The map holding `type` and `properties`. */
  holder: YAMLMap<unknown, unknown>;
  holderPath: HeatPath;
  /** The literal properties map; undefined when absent or computed by a function. */
  properties: YAMLMap<unknown, unknown> | undefined;
  /** Whether `properties` is present but computed (then nothing about it can be checked). */
  computed: boolean;
}

/** Group types and the property holding the definition of their members. */
const GROUP_MEMBER: Record<string, string> = {
  'OS::Heat::ResourceGroup': 'resource_def',
  'OS::Heat::AutoScalingGroup': 'resource',
};

function typed(doc: HeatDocument, resource: string, holder: YAMLMap<unknown, unknown>, holderPath: HeatPath, release: string): TypedDefinition | undefined {
  const type = scalarText(effectiveValue(doc, holder, 'type'));
  const resolvedType = type === undefined ? undefined : resolveResourceType(type, release);
  if (resolvedType?.kind !== 'known') return undefined;
  const value = effectiveValue(doc, holder, 'properties');
  const properties = isFunctionLike(value) ? undefined : asMap(value);
  return { resource, typeName: resolvedType.name, info: resolvedType.info, holder, holderPath, properties, computed: value != null && !properties };
}

/** Resources (and group members) whose type Heat of the release registers. */
export function typedDefinitions(doc: HeatDocument, release: string): TypedDefinition[] {
  return derived(doc, `typed-definitions:${release}`, () => findTypedDefinitions(doc, release));
}

function findTypedDefinitions(doc: HeatDocument, release: string): TypedDefinition[] {
  const out: TypedDefinition[] = [];
  for (const r of resources(doc)) {
    if (!r.body) continue;
    const definition = typed(doc, r.name, r.body, ['resources', r.name], release);
    if (!definition) continue;
    out.push(definition);
    const memberKey = GROUP_MEMBER[definition.typeName];
    const member = memberKey && definition.properties ? asMap(effectiveValue(doc, definition.properties, memberKey)) : undefined;
    const memberDefinition = member && typed(doc, r.name, member, [...definition.holderPath, 'properties', memberKey], release);
    if (memberDefinition) out.push(memberDefinition);
  }
  return out;
}

/** A literal map checked against named keys. */
export interface SchemaMap {
  map: YAMLMap<unknown, unknown>;
  schema: Record<string, HeatPropertyInfo>;
  path: HeatPath;
}

/** A value (literal or computed) and the property schema it must satisfy. */
export interface SchemaValue {
  node: unknown;
  info: HeatPropertyInfo;
  name: string;
  path: HeatPath;
}

/** Every literal map and every value below a definition's properties, with their schemas. */
export function schemaTree(doc: HeatDocument, definition: TypedDefinition): { maps: SchemaMap[]; values: SchemaValue[] } {
  return definition.properties ? schemaTreeOf(doc, definition.properties, definition.info.properties, [...definition.holderPath, 'properties']) : { maps: [], values: [] };
}

/** Every literal map and every value below `root`, which must satisfy `schema` (properties, update_policy ...). */
export function schemaTreeOf(doc: HeatDocument, root: YAMLMap<unknown, unknown>, schema: Record<string, HeatPropertyInfo>, path: HeatPath): { maps: SchemaMap[]; values: SchemaValue[] } {
  const maps: SchemaMap[] = [];
  const values: SchemaValue[] = [];
  const visitValue = (written: unknown, info: HeatPropertyInfo, name: string, path: HeatPath): void => {
    const node = resolved(doc, written);
    values.push({ node, info, name, path });
    if (isFunctionLike(node)) return;
    if (info.type === 'Map' && info.schema && isMap(node)) visitMap(node, info.schema, path);
    const itemSchema = info.type === 'List' ? info.schema?.['*'] : undefined;
    if (itemSchema && isSeq(node)) node.items.forEach((item, i) => visitValue(item, itemSchema, name, [...path, i]));
  };
  // A map reached again (through aliases: 20,000 of them to one 2,000-key map) against the same schema
  // says nothing new; visiting it once keeps the work proportional to the text, not to its expansion.
  const visited = new WeakMap<YAMLMap<unknown, unknown>, Set<Record<string, HeatPropertyInfo>>>();
  const visitMap = (map: YAMLMap<unknown, unknown>, schema: Record<string, HeatPropertyInfo>, path: HeatPath): void => {
    const schemas = visited.get(map) ?? new Set();
    if (schemas.has(schema)) return;
    visited.set(map, schemas.add(schema));
    maps.push({ map, schema, path });
    const entries = new Map(effectivePairs(doc, map).map((pair) => [keyText(pair), pair]));
    for (const [key, pair] of entries) {
      if (key !== undefined && Object.hasOwn(schema, key)) visitValue(pair.value, schema[key], key, [...path, key]);
    }
  };
  visitMap(root, schema, path);
  return { maps, values };
}

/**
 * The definition whose properties hold `path` (keys and list indexes from the root), with the path
 * relative to its properties map; the innermost one (a group member) wins.
 */
export function definitionAt(doc: HeatDocument, path: HeatPath, release: string): { definition: TypedDefinition; relative: HeatPath } | undefined {
  const definition = typedDefinitions(doc, release)
    .filter((d) => d.holderPath.every((step, i) => path[i] === step) && path[d.holderPath.length] === 'properties')
    .sort((a, b) => b.holderPath.length - a.holderPath.length)[0];
  return definition && { definition, relative: path.slice(definition.holderPath.length + 1) };
}

/** Definitions whose properties Heat validates (placeholders take anything), each with its schema tree. */
export function validatedDefinitions(doc: HeatDocument, release: string): Array<TypedDefinition & { maps: SchemaMap[]; values: SchemaValue[] }> {
  return derived(doc, `validated-definitions:${release}`, () => typedDefinitions(doc, release).filter((d) => !d.info.anyProperties).map((d) => ({ ...d, ...schemaTree(doc, d) })));
}
