import type { OffsetEdit } from '../rule';
import type { ConfEntry } from './tokenizer';

/** Removes the entry's lines, continuation lines included. */
export function deleteEntry(entry: ConfEntry): OffsetEdit {
  return { start: entry.span.start, end: entry.nextLineStart, newText: '' };
}

export function renameKey(entry: ConfEntry, newKey: string): OffsetEdit {
  return { start: entry.keySpan.start, end: entry.keySpan.end, newText: newKey };
}

/** Inserts whole lines after the entry (and its continuation lines). */
export function insertLinesAfter(entry: ConfEntry, lines: string[], eol: string, textLength: number): OffsetEdit {
  const atEnd = entry.nextLineStart >= textLength && entry.span.end === textLength;
  const body = lines.join(eol) + (atEnd ? '' : eol);
  return { start: entry.nextLineStart, end: entry.nextLineStart, newText: atEnd ? eol + body : body };
}
