/** Where and how labels are written in YAML (Heat's labels property, an Ansible task's labels), for completion. */
import { isMap, isScalar, type Pair } from 'yaml';
import type { LabelSyntax, LabelsRegion } from '../../cluster-template/model';
import { nodeSpan } from '../heat/yaml-nodes';
import { quoteStyle, scalarInnerSpan, yamlScalar } from './scalars';

/** Labels as a YAML mapping: `name: value`. */
export const YAML_LABELS: LabelSyntax = { separators: '{,\n', assign: ': ', value: yamlScalar };

/**
 * The labels region of a `labels:` pair: its mapping (or nothing yet, or a word being typed on the
 * next line, which YAML reads as a string until its colon is typed) from the key on; a string on
 * the key's own line is a `a=b,c=d` list when `list` says how the source reads one.
 */
export function yamlLabelsRegion(text: string, pair: Pair<unknown, unknown>, list?: LabelSyntax): LabelsRegion | undefined {
  const key = nodeSpan(pair.key);
  if (!key) return undefined;
  const indent = key.start - (text.lastIndexOf('\n', key.start - 1) + 1);
  const value = pair.value;
  const span = nodeSpan(value);
  const block = (end: number): LabelsRegion => ({ span: { start: key.end, end }, syntax: YAML_LABELS, indent });
  if (value === null || value === undefined || (isScalar(value) && value.value === null)) return block(key.end);
  if (isMap(value)) return span && block(span.end);
  if (!isScalar(value) || !span || quoteStyle(value) === 'block') return undefined;
  if (text.slice(key.end, span.start).includes('\n')) return quoteStyle(value) === 'plain' ? block(span.end) : undefined;
  const inner = scalarInnerSpan(value);
  return list && inner && { span: inner, syntax: list };
}
