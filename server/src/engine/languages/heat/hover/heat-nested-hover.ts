/** Hovers that read a nested template: `type: node.yaml`, and the properties passed to its parameters. */
import { basenameOf, type LintHost } from '../../../core/host';
import { parameters, section, type HeatDocument } from '../template';
import { loadHeatFile } from '../template-files';
import { asMap, mapEntries, mapPair, scalarText } from '../yaml-nodes';
import { symbolAt } from '../navigation/symbol-at';
import { parameterMarkdown } from './heat-hover';
import type { HoverResult } from '../../../core/hover-types';

const MAX_LISTED = 12;

function listed(names: string[]): string {
  const shown = names.slice(0, MAX_LISTED).map((n) => `\`${n}\``).join(', ');
  return names.length > MAX_LISTED ? `${shown} and ${names.length - MAX_LISTED} more` : shown;
}

function templateSummary(name: string, doc: HeatDocument): string {
  const lines = [`**${name}** · nested template`];
  const description = scalarText(mapPair(doc.root, 'description')?.value);
  if (description) lines.push('', description);
  const declared = [...parameters(doc)];
  const required = declared.filter(([, pair]) => !mapPair(asMap(pair.value), 'default')).map(([n]) => n);
  lines.push('', declared.length === 0 ? 'No parameters.' : `Parameters (${declared.length}): ${listed(declared.map(([n]) => n))}.`);
  if (required.length) lines.push('', `Required (no default): ${listed(required)}.`);
  const outputs = mapEntries(section(doc, 'outputs')).map(([n]) => n);
  if (outputs.length) lines.push('', `Outputs: ${listed(outputs)}.`);
  return lines.join('\n');
}

export function nestedHover(doc: HeatDocument, path: string, offset: number, host: LintHost | undefined): HoverResult | undefined {
  const hit = host && symbolAt(doc, path, offset, host);
  if (!hit || (hit.symbol.kind !== 'nested-parameter' && hit.symbol.kind !== 'nested-template')) return undefined;
  const { symbol } = hit;
  const parts = symbol.use.targets.flatMap((target) => {
    const nested = loadHeatFile(host, target.path);
    if (!nested) return [`**${basenameOf(target.path)}** · nested template\n\nCannot be read.`];
    if (symbol.kind === 'nested-template') return [templateSummary(basenameOf(target.path), nested.doc)];
    return [`${parameterMarkdown(nested.doc, symbol.name)}\n\n*Parameter of ${basenameOf(target.path)}*`];
  });
  return parts.length ? { markdown: parts.join('\n\n---\n\n'), span: hit.span } : undefined;
}
