import { Parser } from 'yaml';
import type { LineIndex, Span } from '../../core/text';

/** Every comment token of a YAML text, from its concrete syntax tree (block scalars hold none). */
export function yamlComments(index: LineIndex): Span[] {
  const spans: Span[] = [];
  const stack: unknown[] = [...new Parser().parse(index.text)];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      const token = node as { type?: string; offset?: number; source?: string };
      if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
        spans.push({ start: token.offset, end: token.offset + token.source.length });
      } else {
        for (const value of Object.values(node)) if (value && typeof value === 'object') stack.push(value);
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
