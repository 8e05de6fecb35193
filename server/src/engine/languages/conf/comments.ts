import type { LineIndex, Span } from '../../core/text';

/** Whole-line comments of an oslo.config file: `#` or `;` in column 1 (oslo knows no other). */
export function iniComments(index: LineIndex): Span[] {
  const spans: Span[] = [];
  for (let line = 0; line < index.lineCount; line++) {
    const start = index.lineStart(line);
    const c = index.text[start];
    if (c === '#' || c === ';') spans.push({ start, end: index.lineContentEnd(line) });
  }
  return spans;
}
