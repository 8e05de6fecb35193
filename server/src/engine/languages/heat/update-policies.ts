/**
 * Each resource's update_policy paired with the keys its type takes (Resource.update_policy_schema:
 * ResourceGroup's rolling_update and batch_create, AWS::AutoScaling::AutoScalingGroup's
 * AutoScalingRollingUpdate ...). Heat validates the section against that schema for every resource, so
 * a type without one (and a nested template) refuses every key.
 */
import { isMap, type Pair } from 'yaml';
import type { HeatPropertyInfo } from '../../knowledge/heat-schema';
import { derived } from './derived';
import { isFunctionLike, schemaTreeOf, type SchemaMap, type SchemaValue } from './property-tree';
import { resources, type HeatDocument } from './template';
import { resolveResourceType } from './type-resolution';
import { effectivePairs, effectiveValue, resolved } from './yaml-merge';
import { keyText, scalarText } from './yaml-nodes';

export interface UpdatePolicy {
  resource: string;
  /** The registered type, or `a nested template`. */
  typeName: string;
  /** The type's properties (to tell a property written in the wrong place). */
  properties: Record<string, HeatPropertyInfo>;
  pair: Pair<unknown, unknown>;
  /** Not a map (nor a function Heat resolves first). */
  notMap: boolean;
  maps: SchemaMap[];
  values: SchemaValue[];
}

export function updatePolicies(doc: HeatDocument, release: string): UpdatePolicy[] {
  return derived(doc, `update-policies:${release}`, () => findUpdatePolicies(doc, release));
}

function findUpdatePolicies(doc: HeatDocument, release: string): UpdatePolicy[] {
  const out: UpdatePolicy[] = [];
  for (const r of resources(doc)) {
    if (!r.body) continue;
    const pair = effectivePairs(doc, r.body).find((p) => keyText(p) === 'update_policy');
    if (!pair) continue;
    const node = resolved(doc, pair.value);
    if (isFunctionLike(node)) continue;
    const type = scalarText(effectiveValue(doc, r.body, 'type'));
    const kind = type === undefined ? undefined : resolveResourceType(type, release);
    const known = kind?.kind === 'known' ? kind.info : undefined;
    // (even an empty value is refused, whatever the type)
    const policy = { resource: r.name, typeName: kind?.kind === 'known' ? kind.name : kind?.kind === 'template' ? 'A nested template' : type ?? 'its type', properties: known?.properties ?? {}, pair, notMap: !isMap(node), maps: [], values: [] };
    // an environment's mapping or one of Magnum's switchers: the keys its real type takes are not known here
    const keysKnown = kind?.kind === 'known' || kind?.kind === 'template';
    out.push(isMap(node) && keysKnown ? { ...policy, ...schemaTreeOf(doc, node, known?.updatePolicy ?? {}, ['resources', r.name, 'update_policy']) } : policy);
  }
  return out;
}
