import { Parser } from 'yaml';
import type { LineIndex, Span } from '../../core/text';
import { tooDeepAt } from './nesting';

/** Every comment token of a YAML text, from its concrete syntax tree (block scalars hold none). */
export function yamlComments(index: LineIndex): Span[] {
  const spans: Span[] = [];
  if (tooDeepAt(index.text) !== undefined) return spans; // such a text is not parsed at all (see nesting.ts)
  const stack: unknown[] = [...new Parser().parse(index.text)];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) for (const item of node) stack.push(item);
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
