import { isHiddenParameter } from '../hidden';
import { isMap, isScalar, isSeq, type Pair } from 'yaml';
import { versionOf } from '../functions';
import { nodeAt, type NodeAt } from '../node-at';
import { definitionAt } from '../property-tree';
import { parameters, resources, type HeatDocument, type HeatPath } from '../template';
import { resolveResourceType } from '../type-resolution';
import { asMap, keyText, mapValue, nodeSpan, scalarText } from '../yaml-nodes';
import { propertyAt } from '../../../knowledge/heat-schema';
import { allFunctionNames, hotVersion, PSEUDO_PARAMETERS } from '../../../knowledge/hot-versions';
import { resourceTypeSummary } from '../../../knowledge/resource-type-summaries';
import { functionMarkdown, missingPropertyMarkdown, propertyMarkdown, resourceTypeMarkdown, versionMarkdown } from './heat-hover-markdown';
import type { HoverResult } from '../../../core/hover-types';

const CONDITION_FUNCTIONS = ['equals', 'not', 'and', 'or'];

export function parameterMarkdown(doc: HeatDocument, name: string): string {
  if (PSEUDO_PARAMETERS.includes(name)) return `**${name}** · pseudo parameter\n\nProvided by Heat for every stack; no declaration needed.`;
  const declaration = parameters(doc).get(name);
  if (!declaration) return `**${name}** · parameter\n\nNot declared in this template.`;
  const body = asMap(declaration.value);
  const type = scalarText(mapValue(body, 'type')) ?? 'unknown type';
  const lines = [`**${name}** · parameter · ${type}`, ''];
  const description = scalarText(mapValue(body, 'description'));
  if (description) lines.push(description, '');
  const defaultNode = mapValue(body, 'default');
  const hidden = isHiddenParameter(body);
  if (body?.items.some((p) => keyText(p) === 'default')) {
    const text = hidden ? '(hidden)' : isScalar(defaultNode) ? `\`${JSON.stringify(defaultNode.value)}\`` : `\`${String(defaultNode)}\``;
    lines.push(`Default: ${text}`);
  } else {
    lines.push('No default: a value must be passed.');
  }
  return lines.join('\n');
}

export function resourceMarkdown(doc: HeatDocument, name: string, release: string): string {
  const resource = resources(doc).find((r) => r.name === name);
  if (!resource) return `**${name}** · resource\n\nNot defined in this template.`;
  const line = doc.index.positionAt(nodeSpan(resource.pair.key)?.start ?? 0).line + 1;
  const type = resource.type ?? 'no type';
  const resolved = resource.type === undefined ? undefined : resolveResourceType(resource.type, release);
  const summary = resolved?.kind === 'known' ? `\n\n${resourceTypeSummary(resolved.name)}` : '';
  return `**${name}** · resource · \`${type}\`${summary}\n\nDefined on line ${line}.`;
}

function attributeMarkdown(doc: HeatDocument, at: NodeAt, attribute: string, release: string): string | undefined {
  const holder = at.parents[at.parents.length - 1];
  const target = isSeq(holder) ? scalarText(holder.items[0]) : undefined;
  const type = resources(doc).find((r) => r.name === target)?.type;
  const resolved = type === undefined ? undefined : resolveResourceType(type, release);
  if (resolved?.kind !== 'known') return undefined;
  const known = resolved.info.attributes.includes(attribute);
  const note = known ? '' : resolved.info.dynamicAttributes ? '\n\nIts attributes depend on what it creates.' : `\n\n**Not an attribute of ${resolved.name}.**`;
  return `**${attribute}** · attribute of \`${resolved.name}\` (resource \`${target}\`)${note}`;
}

/** The keys (and 0 for list items) from the root to the node. */
function pathOf(at: NodeAt): HeatPath {
  const path: Array<string | number> = [];
  let pairIndex = 0;
  for (const parent of at.parents) {
    if (isMap(parent)) path.push(keyText(at.pairs[pairIndex++]) ?? '');
    else if (isSeq(parent)) path.push(0);
  }
  return path;
}

function propertyHover(doc: HeatDocument, at: NodeAt, name: string, release: string): string | undefined {
  const found = definitionAt(doc, pathOf(at), release);
  if (!found || found.relative.length === 0) return undefined;
  const { definition, relative } = found;
  const info = propertyAt(definition.info, relative);
  return info ? propertyMarkdown(name, definition.typeName, info, relative.length > 1) : missingPropertyMarkdown(name, definition.typeName, release, relative);
}

/** The function whose argument holds the node: get_param: X, get_attr: [X, Y], depends_on: [X]. */
function argumentOf(at: NodeAt): { fn: string; index: number } | undefined {
  const last: Pair<unknown, unknown> | undefined = at.pairs[at.pairs.length - 1];
  const holder = at.parents[at.parents.length - 1];
  const fn = last && keyText(last);
  if (!fn || at.isKey) return undefined;
  if (isMap(holder) && last.value === at.node) return { fn, index: 0 };
  if (isSeq(holder) && last.value === holder) return { fn, index: holder.items.indexOf(at.node) };
  return undefined;
}

function argumentHover(doc: HeatDocument, at: NodeAt, value: string, release: string): string | undefined {
  const arg = argumentOf(at);
  if (!arg) return undefined;
  if (arg.fn === 'get_param' && arg.index === 0) return parameterMarkdown(doc, value);
  if ((arg.fn === 'get_resource' || arg.fn === 'get_attr' || arg.fn === 'depends_on') && arg.index === 0) return resourceMarkdown(doc, value, release);
  if (arg.fn === 'depends_on' && at.pairs.length === 3) return resourceMarkdown(doc, value, release);
  if (arg.fn === 'get_attr' && arg.index === 1) return attributeMarkdown(doc, at, value, release);
  return undefined;
}

export function heatHover(doc: HeatDocument, offset: number, release: string): HoverResult | undefined {
  const at = nodeAt(doc.yaml.contents, offset);
  if (!at || !isScalar(at.node)) return undefined;
  const span = nodeSpan(at.node)!;
  const value = scalarText(at.node);
  if (value === undefined) return undefined;
  const keys = at.pairs.map(keyText);
  const holder = at.parents[at.parents.length - 1];
  let markdown: string | undefined;
  if (!at.isKey && keys.length === 1 && keys[0] === 'heat_template_version') {
    const version = hotVersion(value);
    markdown = version && versionMarkdown(version);
  } else if (!at.isKey && keys[0] === 'resources' && keys[keys.length - 1] === 'type' && (keys.length === 3 || keys[keys.length - 2] === 'resource_def')) {
    markdown = resourceTypeMarkdown(value, release);
  } else if (at.isKey && isMap(holder) && holder.items.length === 1 && (allFunctionNames().has(value) || CONDITION_FUNCTIONS.includes(value))) {
    markdown = functionMarkdown(value, versionOf(doc));
  } else if (at.isKey && keys[0] === 'resources' && keys.includes('properties')) {
    markdown = propertyHover(doc, at, value, release);
  } else {
    markdown = argumentHover(doc, at, value, release);
  }
  return markdown ? { markdown, span } : undefined;
}
