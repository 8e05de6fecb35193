import type { Span } from './text';

export interface HoverResult {
  markdown: string;
  span: Span;
}
