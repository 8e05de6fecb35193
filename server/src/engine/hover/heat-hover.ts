import { isMap, isScalar, isSeq } from 'yaml';
import { nodeAt } from '../heat/node-at';
import { parameters, type HeatDocument } from '../heat/template';
import { asMap, keyText, mapValue, nodeSpan, scalarText } from '../heat/yaml-nodes';
import { canonicalResourceType, resourceType } from '../knowledge/heat-types';
import { PSEUDO_PARAMETERS } from '../knowledge/hot-versions';
import { resourceTypeSummary } from '../knowledge/resource-type-summaries';
import type { HoverResult } from './types';

function parameterMarkdown(doc: HeatDocument, name: string): string {
  if (PSEUDO_PARAMETERS.includes(name)) return `**${name}** · pseudo parameter\n\nProvided by Heat for every stack; no declaration needed.`;
  const declaration = parameters(doc).get(name);
  if (!declaration) return `**${name}** · parameter\n\nNot declared in this template.`;
  const body = asMap(declaration.value);
  const type = scalarText(mapValue(body, 'type')) ?? 'unknown type';
  const lines = [`**${name}** · parameter · ${type}`, ''];
  const description = scalarText(mapValue(body, 'description'));
  if (description) lines.push(description, '');
  const defaultNode = mapValue(body, 'default');
  const hiddenNode = mapValue(body, 'hidden');
  const hidden = isScalar(hiddenNode) && (hiddenNode.value === true || hiddenNode.value === 'true');
  if (body?.items.some((p) => keyText(p) === 'default')) {
    const text = hidden ? '(hidden)' : isScalar(defaultNode) ? `\`${JSON.stringify(defaultNode.value)}\`` : `\`${String(defaultNode)}\``;
    lines.push(`Default: ${text}`);
  } else {
    lines.push('No default: a value must be passed.');
  }
  return lines.join('\n');
}

function resourceTypeMarkdown(type: string): string {
  const canonical = canonicalResourceType(type);
  const info = resourceType(type);
  const lines = [`**${type}**`, '', resourceTypeSummary(canonical)];
  if (canonical !== type) lines.push('', `Magnum alias: its environment maps it to \`${canonical}\` or to \`OS::Heat::None\` when the feature is off.`);
  if (info?.status) lines.push('', `Support status: ${info.status}${info.since ? ` since ${info.since}` : ''}.`);
  return lines.join('\n');
}

export function heatHover(doc: HeatDocument, offset: number): HoverResult | undefined {
  const at = nodeAt(doc.yaml.contents, offset);
  if (!at || !isScalar(at.node)) return undefined;
  const span = nodeSpan(at.node)!;
  const value = scalarText(at.node);
  if (value === undefined) return undefined;
  const pairs = at.pairs;
  const last = pairs[pairs.length - 1];
  if (!at.isKey && pairs.length === 3 && keyText(pairs[0]) === 'resources' && keyText(last) === 'type') {
    return { markdown: resourceTypeMarkdown(value), span };
  }
  const holder = at.parents[at.parents.length - 1];
  const isParamArg = !at.isKey && keyText(last) === 'get_param' && (
    (isMap(holder) && holder.items.length === 1 && last.value === at.node)
    || (isSeq(holder) && holder.items[0] === at.node && last.value === holder)
  );
  if (isParamArg) return { markdown: parameterMarkdown(doc, value), span };
  return undefined;
}
