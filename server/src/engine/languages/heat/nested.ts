/** Resources whose type is another template: a file reference, a group's resource definition, or an environment mapping. */
import type { YAMLMap } from 'yaml';
import { basenameOf, isTemplateReference, resolveRelative, type LintHost } from '../../core/host';
import { canonicalResourceType } from '../../knowledge/heat-types';
import { environmentFileMappings, type FileMapping } from './registry';
import { resources, type HeatDocument, type HeatPath } from './template';
import { asMap, mapPair, mapValue, scalarText } from './yaml-nodes';

/** Group types and the property holding the definition of their members. */
const GROUP_DEFINITIONS: Record<string, string> = {
  'OS::Heat::ResourceGroup': 'resource_def',
  'OS::Heat::AutoScalingGroup': 'resource',
};

export interface NestedTarget {
  /** The nested file, resolved against the template (or the environment that maps the type). */
  path: string;
  /** The environment that maps the type to the file, when the type is not a file reference. */
  environment?: string;
}

export interface NestedUse {
  resource: string;
  type: string;
  /** The map holding `type` and `properties` (the resource, or a group's resource definition). */
  holder: YAMLMap<unknown, unknown>;
  /** Path of that map in the document. */
  holderPath: HeatPath;
  properties: YAMLMap<unknown, unknown> | undefined;
  targets: NestedTarget[];
  /** Whether the type is written as a file reference (an unreadable file is then worth a warning). */
  direct: boolean;
}

const hasScheme = (ref: string) => /^[a-z][a-z0-9+.-]*:/i.test(ref);

export interface ResourceDefinition {
  resource: string;
  /** The map holding `type` and `properties`. */
  holder: YAMLMap<unknown, unknown>;
  holderPath: HeatPath;
}

/** The maps defining what is created, with their paths: each resource, and each group's member definition. */
export function resourceDefinitions(doc: HeatDocument): ResourceDefinition[] {
  const out: ResourceDefinition[] = [];
  for (const r of resources(doc)) {
    if (!r.body) continue;
    out.push({ resource: r.name, holder: r.body, holderPath: ['resources', r.name] });
    const memberKey = r.type !== undefined ? GROUP_DEFINITIONS[canonicalResourceType(r.type)] : undefined;
    const member = memberKey ? asMap(mapValue(r.properties, memberKey)) : undefined;
    if (memberKey && member) out.push({ resource: r.name, holder: member, holderPath: ['resources', r.name, 'properties', memberKey] });
  }
  return out;
}

/** Every resource (or group member) whose type resolves to nested template files. */
export function nestedUses(doc: HeatDocument, path: string, host: LintHost | undefined): NestedUse[] {
  let mappings: Map<string, FileMapping[]> | undefined;
  const out: NestedUse[] = [];
  for (const { resource, holder, holderPath } of resourceDefinitions(doc)) {
    const type = scalarText(mapValue(holder, 'type'));
    if (type === undefined) continue;
    const properties = asMap(mapPair(holder, 'properties')?.value);
    if (isTemplateReference(type)) {
      if (hasScheme(type)) continue; // remote templates are never fetched
      out.push({ resource, type, holder, holderPath, properties, targets: [{ path: resolveRelative(path, type) }], direct: true });
      continue;
    }
    if (/^(OS|AWS)::/.test(type)) continue; // Heat's own types; environments here remap Magnum's names
    mappings ??= environmentFileMappings(host, path);
    const mapped = mappings.get(type);
    if (mapped?.length) {
      out.push({ resource, type, holder, holderPath, properties, direct: false, targets: mapped.map((m) => ({ path: m.file, environment: m.environment })) });
    }
  }
  return out;
}

/** How a target is named in messages: the reference as written, plus the environment mapping it. */
export function describeTarget(use: NestedUse, target: NestedTarget): string {
  return target.environment ? `${basenameOf(target.path)} (${use.type} in ${basenameOf(target.environment)})` : `'${use.type}'`;
}
