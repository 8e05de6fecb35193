/** Resources whose type is another template: a file reference, a group's resource definition, or an environment mapping. */
import type { YAMLMap } from 'yaml';
import { basenameOf, isTemplateReference, resolveRelative, type LintHost } from '../../core/host';
import { canonicalResourceType } from '../../knowledge/heat-types';
import { environmentFileMappings, type FileMapping } from './registry';
import { resources, type HeatDocument, type HeatPath } from './template';
import { derived } from './derived';
import { effectiveValue, resolved } from './yaml-merge';
import { asMap, scalarText } from './yaml-nodes';

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

const NO_HOST: LintHost = { readFile: () => undefined };

/**
 * Every resource (or group member) whose type resolves to nested template files; computed once per
 * document version and per check (a check reads other files through its own host).
 */
export function nestedUses(doc: HeatDocument, path: string, host: LintHost | undefined, environments: readonly string[] = []): NestedUse[] {
  const byHost = derived(doc, `nested-uses:${path}:${environments.join('\0')}`, () => new WeakMap<LintHost, NestedUse[]>());
  const key = host ?? NO_HOST;
  let uses = byHost.get(key);
  if (!uses) {
    uses = computeNestedUses(doc, path, host, environments);
    byHost.set(key, uses);
  }
  return uses;
}

function computeNestedUses(doc: HeatDocument, path: string, host: LintHost | undefined, environments: readonly string[]): NestedUse[] {
  let mappings: Map<string, FileMapping[]> | undefined;
  const out: NestedUse[] = [];
  for (const { resource, holder, holderPath } of resourceDefinitions(doc)) {
    const type = definitionType(doc, { resource, holder, holderPath });
    if (type === undefined) continue;
    const properties = definitionProperties(doc, { resource, holder, holderPath });
    if (isTemplateReference(type)) {
      if (hasScheme(type)) continue; // remote templates are never fetched
      out.push({ resource, type, holder, holderPath, properties, targets: [{ path: resolveRelative(path, type) }], direct: true });
      continue;
    }
    mappings ??= environmentFileMappings(host, path, environments);
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
