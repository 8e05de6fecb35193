import { isScalar, Scalar } from 'yaml';
import { versionOf } from '../functions';
import { nodeAt } from '../node-at';
import { definitionAt } from '../property-tree';
import { parameters, resources, type HeatDocument, type HeatPath } from '../template';
import { resolveResourceType } from '../type-resolution';
import { asMap, mapValue, scalarText } from '../yaml-nodes';
import { propertyMarkdown, resourceTypeMarkdown } from '../hover/heat-hover-markdown';
import { functionDoc } from '../../../knowledge/function-docs';
import { propertyAt, typeNames, typeSchema, type HeatPropertyInfo } from '../../../knowledge/heat-schema';
import { HOT_VERSION_VALUES, hotVersion, PSEUDO_PARAMETERS, type HotVersionInfo } from '../../../knowledge/hot-versions';
import { resourceTypeSummary } from '../../../knowledge/resource-type-summaries';
import type { Span } from '../../../core/text';
import type { CompletionProposal } from '../../../core/completion-types';
import { ITEM, yamlContext, type YamlContext } from './yaml-context';

/** When the template's version is unknown, the newest one's functions are offered. */
const NEWEST = hotVersion('2021-04-16');

const escapeSnippet = (text: string) => text.replace(/[$}\\,|]/g, (c) => `\\${c}`);

function versionProposals(word: Span): CompletionProposal[] {
  const newestFirst = [...HOT_VERSION_VALUES].reverse();
  return newestFirst.map((value, i) => ({
    label: value, kind: 'version', detail: `HOT · OpenStack ${hotVersion(value)?.openstackRelease ?? ''}`.trim(),
    sortText: String(i).padStart(2, '0'), replace: word,
  }));
}

function typeProposals(release: string, word: Span): CompletionProposal[] {
  return typeNames(release).flatMap((name) => {
    const info = typeSchema(name, release)!;
    if (info.status === 'HIDDEN') return [];
    return [{
      label: name, kind: 'resourceType' as const, detail: resourceTypeSummary(name),
      documentation: resourceTypeMarkdown(name, release), sortText: `${info.status ? '1' : '0'}${name}`, replace: word,
    }];
  });
}

function propertySnippet(name: string, p: HeatPropertyInfo): string {
  const choices = p.allowed?.every((a) => typeof a === 'string') ? (p.allowed as string[]) : p.type === 'Boolean' ? ['true', 'false'] : undefined;
  if (choices?.length) return `${name}: \${1|${choices.map(escapeSnippet).join(',')}|}`;
  if (p.type === 'Map') return `${name}:\n  $1`;
  if (p.type === 'List') return `${name}:\n  - $1`;
  return `${name}: $1`;
}

function propertyProposals(schema: Record<string, HeatPropertyInfo>, typeName: string, ctx: YamlContext): CompletionProposal[] {
  return Object.entries(schema).flatMap(([name, p]) => {
    if (p.status === 'HIDDEN' || ctx.siblings.includes(name) || name === '*') return [];
    const rank = p.required ? '0' : p.status ? '2' : '1';
    return [{
      label: name, kind: 'property' as const, detail: `${p.type}${p.required ? ' · required' : ''}${p.status ? ` · ${p.status.toLowerCase()}` : ''}`,
      documentation: propertyMarkdown(name, typeName, p), insertText: propertySnippet(name, p), snippet: true,
      sortText: `${rank}${name}`, replace: ctx.word,
    }];
  });
}

/** `{name: $1}` in an empty value, `name: $1` where a key is expected. */
function functionProposals(names: string[], version: HotVersionInfo | undefined, word: Span, asValue: boolean): CompletionProposal[] {
  return names.map((name) => {
    const doc = functionDoc(version?.implementations[name] ?? name);
    return {
      label: name, kind: 'function', detail: doc?.signature, documentation: doc?.summary,
      insertText: asValue ? `{${name}: $1}` : `${name}: $1`, snippet: true, replace: word,
    };
  });
}

function names(list: Array<[string, string | undefined]>, kind: CompletionProposal['kind'], word: Span, rank = '0'): CompletionProposal[] {
  return list.map(([label, detail]) => ({ label, kind, ...(detail ? { detail } : {}), sortText: `${rank}${label}`, replace: word }));
}

/** `except`: the resource the cursor is in, which cannot depend on itself. */
function resourceNames(doc: HeatDocument, word: Span, except?: string): CompletionProposal[] {
  return names(resources(doc).filter((r) => r.name !== except).map((r) => [r.name, r.type]), 'resource', word);
}

function parameterNames(doc: HeatDocument, word: Span): CompletionProposal[] {
  const declared = [...parameters(doc)].map(([name, pair]): [string, string | undefined] => [name, scalarText(mapValue(asMap(pair.value), 'type'))]);
  return [...names(declared, 'parameter', word), ...names(PSEUDO_PARAMETERS.map((p) => [p, 'pseudo parameter']), 'parameter', word, '1')];
}

function attributeNames(doc: HeatDocument, resource: string, release: string, word: Span): CompletionProposal[] {
  const type = resources(doc).find((r) => r.name === resource)?.type;
  const resolved = type === undefined ? undefined : resolveResourceType(type, release);
  if (resolved?.kind !== 'known') return [];
  return names(resolved.info.attributes.map((a) => [a, `attribute of ${resolved.name}`]), 'attribute', word);
}

/** get_param / get_resource / get_attr / depends_on arguments. */
function argumentProposals(doc: HeatDocument, ctx: YamlContext, release: string): CompletionProposal[] | undefined {
  const inner = ctx.flow[ctx.flow.length - 1];
  const fn = inner === ITEM ? ctx.flow[ctx.flow.length - 2] : ctx.flow.length ? inner : ctx.valueKey;
  const index = inner === ITEM ? ctx.flowIndex : 0;
  if (fn === 'get_param' && index === 0) return parameterNames(doc, ctx.word);
  const self = ctx.path[0] === 'resources' ? ctx.path[1] : undefined;
  if (fn === 'get_resource' || fn === 'depends_on' || (fn === 'get_attr' && index === 0)) return resourceNames(doc, ctx.word, self);
  if (fn === 'get_attr' && index === 1) return attributeNames(doc, ctx.flowItems[0] ?? '', release, ctx.word);
  if (ctx.valueKey === undefined && ctx.path[ctx.path.length - 1] === ITEM && ctx.path[ctx.path.length - 2] === 'depends_on') return resourceNames(doc, ctx.word, self);
  return undefined;
}

function blockScalarAt(doc: HeatDocument, offset: number): boolean {
  const node = nodeAt(doc.yaml.contents, offset)?.node;
  return isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) && (node.range?.[0] ?? offset) < offset;
}

const asPath = (path: string[]): HeatPath => path.map((step) => (step === ITEM ? 0 : step));

/** Resource types, property names, get_param/get_resource/get_attr targets, functions, versions. */
export function heatCompletion(doc: HeatDocument, offset: number, release: string): CompletionProposal[] {
  if (blockScalarAt(doc, offset)) return [];
  const ctx = yamlContext(doc.text, offset);
  const version = versionOf(doc);
  const known = version ?? NEWEST;
  const { path, word } = ctx;
  const section = path[0];
  if (ctx.valueKey !== undefined && ctx.flow.length === 0) {
    if (path.length === 0 && ctx.valueKey === 'heat_template_version') return versionProposals(word);
    if (ctx.valueKey === 'type' && section === 'resources' && (path.length === 2 || path[path.length - 1] === 'resource_def')) return typeProposals(release, word);
    if (ctx.valueKey === 'type' && section === 'parameters' && path.length === 2) return names((known?.parameterTypes ?? []).map((t) => [t, 'parameter type']), 'keyword', word);
  }
  const argument = argumentProposals(doc, ctx, release);
  if (argument) return argument;
  if (section === 'conditions' && path.length >= 2) return functionProposals(known?.conditionFunctions ?? [], known, word, ctx.valueKey !== undefined && !ctx.flowKey);
  const functions = known?.functions ?? [];
  if (ctx.flowKey) return functionProposals(functions, known, word, false);
  if (ctx.valueKey !== undefined) {
    const inValues = (section === 'resources' && path.includes('properties')) || (section === 'outputs' && ctx.valueKey === 'value');
    return inValues && ctx.flow.length === 0 ? functionProposals(functions, known, word, true) : [];
  }
  const missing = (keys: string[]) => keys.filter((k) => !ctx.siblings.includes(k)).map((k): [string, string | undefined] => [k, undefined]);
  if (path.length === 0) return names(missing(known?.sections ?? []), 'section', word);
  if (section === 'resources' && path.length === 2) return names(missing(known?.resourceKeys ?? []), 'keyword', word);
  if (section === 'outputs' && path.length === 2) return names(missing(known?.outputKeys ?? []), 'keyword', word);
  if (section === 'parameters' && path.length === 2) return names(missing(known?.parameterKeys ?? []), 'keyword', word);
  if (section === 'outputs' && path[2] === 'value') return functionProposals(functions, known, word, false);
  const found = section === 'resources' ? definitionAt(doc, asPath(path), release) : undefined;
  if (!found) return [];
  const holder = found.relative.length ? propertyAt(found.definition.info, found.relative) : undefined;
  const schema = found.relative.length === 0 ? found.definition.info.properties : holder?.type === 'List' ? holder.schema?.['*']?.schema : holder?.schema;
  return schema ? propertyProposals(schema, found.definition.typeName, ctx) : functionProposals(functions, known, word, false);
}
