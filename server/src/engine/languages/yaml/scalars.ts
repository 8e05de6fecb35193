/** Reading and writing YAML scalars with their exact place, for languages that edit values in YAML. */
import { isScalar, Scalar } from 'yaml';
import type { Span } from '../../core/text';

/** Plain words every YAML reader takes as text (YAML 1.1 readers such as Ansible's included). */
const PLAIN_SAFE = /^[A-Za-z_/][\w.\-/]*$/;
const NOT_TEXT_IN_YAML_1_1 = /^(y|n|yes|no|true|false|on|off|null)$/i;

/** A value as a YAML scalar that every reader reads back as the same value (strings stay strings). */
export function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return PLAIN_SAFE.test(value) && !NOT_TEXT_IN_YAML_1_1.test(value) ? value : JSON.stringify(value);
}

export type QuoteStyle = 'plain' | 'double' | 'single' | 'block';

export function quoteStyle(node: unknown): QuoteStyle | undefined {
  if (!isScalar(node)) return undefined;
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE: return 'double';
    case Scalar.QUOTE_SINGLE: return 'single';
    case Scalar.BLOCK_FOLDED:
    case Scalar.BLOCK_LITERAL: return 'block';
    default: return 'plain';
  }
}

/** Where a scalar's text is: inside its quotes for a quoted one. */
export function scalarInnerSpan(node: unknown): Span | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  const style = quoteStyle(node);
  return style === 'double' || style === 'single' ? { start: start + 1, end: end - 1 } : { start, end };
}

/** Text to put inside an existing scalar of the given style, or undefined when it cannot be written there. */
export function textInside(style: QuoteStyle, value: string | number | boolean): string | undefined {
  const text = String(value);
  if (style === 'double') return JSON.stringify(text).slice(1, -1);
  if (style === 'single') return text.replace(/'/g, "''");
  if (style === 'plain') return yamlScalar(value);
  return undefined;
}
