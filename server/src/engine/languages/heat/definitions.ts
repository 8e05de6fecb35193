/** The maps that define what a template creates: its resources and its groups' member definitions. */
import type { YAMLMap } from 'yaml';
import { canonicalResourceType } from '../../knowledge/heat-types';
import { resources, type HeatDocument, type HeatPath } from './template';
import { derived } from './derived';
import { effectiveValue, resolved } from './yaml-merge';
import { asMap, scalarText } from './yaml-nodes';

/** Group types and the property holding the definition of their members. */
const GROUP_DEFINITIONS: Record<string, string> = {
  'OS::Heat::ResourceGroup': 'resource_def',
  'OS::Heat::AutoScalingGroup': 'resource',
};

export interface ResourceDefinition {
  resource: string;
  /** The map holding `type` and `properties`. */
  holder: YAMLMap<unknown, unknown>;
  holderPath: HeatPath;
}

/**
 * The maps defining what is created, with their paths: each resource, and each group's member
 * definition, with YAML merge keys and aliases applied as Heat's loader applies them.
 */
export function resourceDefinitions(doc: HeatDocument): ResourceDefinition[] {
  return derived(doc, 'resource-definitions', () => {
    const out: ResourceDefinition[] = [];
    for (const r of resources(doc)) {
      const body = asMap(resolved(doc, r.pair.value));
      if (!body) continue;
      out.push({ resource: r.name, holder: body, holderPath: ['resources', r.name] });
      const type = scalarText(effectiveValue(doc, body, 'type'));
      const memberKey = type !== undefined ? GROUP_DEFINITIONS[canonicalResourceType(type)] : undefined;
      const member = memberKey ? asMap(effectiveValue(doc, asMap(effectiveValue(doc, body, 'properties')), memberKey)) : undefined;
      if (memberKey && member) out.push({ resource: r.name, holder: member, holderPath: ['resources', r.name, 'properties', memberKey] });
    }
    return out;
  });
}

/** A definition's type and properties, merges applied. */
export function definitionType(doc: HeatDocument, def: ResourceDefinition): string | undefined {
  return scalarText(effectiveValue(doc, def.holder, 'type'));
}

export function definitionProperties(doc: HeatDocument, def: ResourceDefinition): YAMLMap<unknown, unknown> | undefined {
  return asMap(effectiveValue(doc, def.holder, 'properties'));
}
