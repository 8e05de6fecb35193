import type { OffsetEdit } from '../../core/rule';
import type { ConfDocument, ConfEntry, ConfSection } from './tokenizer';
import { normalizeGroup } from './model';

/** An insertion that editors supporting snippets offer with tab stops; `newText` is its plain form. */
export type SnippetEdit = OffsetEdit & { snippet: string };

/** Text inserted literally in a snippet: `$`, `}` and `\\` are escaped. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** Removes the entry's lines, continuation lines included. */
export function deleteEntry(entry: ConfEntry): OffsetEdit {
  return { start: entry.span.start, end: entry.nextLineStart, newText: '' };
}

export function renameKey(entry: ConfEntry, newKey: string): OffsetEdit {
  return { start: entry.keySpan.start, end: entry.keySpan.end, newText: newKey };
}

export function replaceValue(entry: ConfEntry, newValue: string): OffsetEdit {
  return { start: entry.valueSpan.start, end: entry.valueSpan.end, newText: newValue };
}

/** Inserts whole lines after the entry (and its continuation lines). */
export function insertLinesAfter(entry: ConfEntry, lines: string[], eol: string, textLength: number): OffsetEdit {
  return insertLinesAt(entry.nextLineStart, entry.span.end === textLength, lines, eol);
}

/** Lines inserted at a line start; `atEnd`: the text ends there without a line break. */
function insertLinesAt(offset: number, atEnd: boolean, lines: string[], eol: string): OffsetEdit {
  const body = lines.join(eol) + (atEnd ? '' : eol);
  return { start: offset, end: offset, newText: atEnd ? eol + body : body };
}

/** `key = value` with the entry's own value text (continuation lines included) under another key. */
export function entryLineAs(doc: ConfDocument, entry: ConfEntry, key: string): string {
  return `${key} ${entry.separator} ${doc.text.slice(entry.valueSpan.start, entry.valueSpan.end)}`.trimEnd();
}

function lastSection(doc: ConfDocument, group: string): ConfSection | undefined {
  return doc.sections.filter((s) => normalizeGroup(s.name) === group).pop();
}

/** Where lines go at the end of a section: after its last entry, or right after its header. */
function sectionInsertion(doc: ConfDocument, section: ConfSection): { offset: number; atEnd: boolean } {
  const last = section.entries[section.entries.length - 1];
  if (last) return { offset: last.nextLineStart, atEnd: last.span.end === doc.text.length };
  const line = doc.index.positionAt(section.headerSpan.start).line;
  const next = doc.index.lineStart(line + 1);
  const atEnd = next <= section.headerSpan.end;
  return { offset: atEnd ? doc.text.length : next, atEnd };
}

/**
 * Lines added to a group: at the end of its last section, or in a new section at the end of the
 * file (after a blank line) when the file has none.
 */
export function insertIntoGroup(doc: ConfDocument, group: string, lines: string[]): OffsetEdit {
  const eol = doc.index.eol;
  const section = lastSection(doc, group);
  if (section) {
    const { offset, atEnd } = sectionInsertion(doc, section);
    return insertLinesAt(offset, atEnd, lines, eol);
  }
  return appendSection(doc, group, lines);
}

/** A new section at the end of the file, one blank line after what is there. */
export function appendSection(doc: ConfDocument, group: string, lines: string[]): OffsetEdit {
  const { text } = doc;
  const eol = doc.index.eol;
  const endsWithBreak = /(\r\n|\n|\r)$/.test(text);
  const endsWithBlank = /(\r\n|\n|\r)[ \t]*(\r\n|\n|\r)$/.test(text);
  const gap = text.length === 0 || endsWithBlank ? '' : endsWithBreak ? eol : eol + eol;
  return { start: text.length, end: text.length, newText: gap + [`[${group}]`, ...lines].join(eol) + eol };
}

/** Puts an entry into another group under a new key: removes it here and adds it there. */
export function moveEntry(doc: ConfDocument, entry: ConfEntry, group: string, key: string): OffsetEdit[] {
  return [deleteEntry(entry), insertIntoGroup(doc, group, [entryLineAs(doc, entry, key)])];
}
