import type { Span } from '../../core/text';
import type { HeatDocument } from './template';
import { nodeSpan } from './yaml-nodes';

/** A node's span without the trailing line breaks a block collection's range runs into. */
export function contentSpan(doc: HeatDocument, node: unknown): Span | undefined {
  const span = nodeSpan(node);
  if (!span) return undefined;
  let end = span.end;
  while (end > span.start && /\s/.test(doc.text[end - 1])) end--;
  return { start: span.start, end };
}
