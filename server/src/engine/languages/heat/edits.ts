/** Text edits that add YAML in the style (indentation, line breaks) the template already uses. */
import type { OffsetEdit } from '../../core/rule';
import type { HeatDocument } from './template';
import { asMap, mapPair, nodeSpan } from './yaml-nodes';

const DEFAULT_INDENT = 2;

export function columnOf(doc: HeatDocument, offset: number): number {
  return doc.index.positionAt(offset).character;
}

/** Offset of the start of the line after the one holding `offset` (or the end of text). */
export function nextLineStart(doc: HeatDocument, offset: number): number {
  const line = doc.index.positionAt(offset).line;
  return line + 1 < doc.index.lineCount ? doc.index.lineStart(line + 1) : doc.text.length;
}

/** The indentation step the document uses: the column of the first key under `resources`. */
export function indentUnit(doc: HeatDocument): number {
  const resources = asMap(mapPair(doc.root, 'resources')?.value);
  const first = resources?.items[0];
  const span = first ? nodeSpan(first.key) : undefined;
  const column = span ? columnOf(doc, span.start) : 0;
  return column > 0 ? column : DEFAULT_INDENT;
}

/** Inserts complete lines at a line start, adding a line break first when the text does not end with one. */
function insertLines(doc: HeatDocument, at: number, lines: string[], stackable = false): OffsetEdit {
  const eol = doc.index.eol;
  const needsBreak = at === doc.text.length && at > 0 && !/[\r\n]$/.test(doc.text);
  return { start: at, end: at, newText: (needsBreak ? eol : '') + lines.join(eol) + eol, ...(stackable && !needsBreak ? { stackable: true as const } : {}) };
}

/**
 * Adds `name:` with the given body lines (relative indentation, one level below the name) as the
 * last entry of a top-level section, creating the section before `resources:` when it is missing.
 */
export function insertSectionEntry(doc: HeatDocument, sectionName: string, name: string, body: string[]): OffsetEdit {
  const unit = indentUnit(doc);
  const sectionPair = mapPair(doc.root, sectionName);
  const sectionMap = asMap(sectionPair?.value);
  const last = sectionMap?.items[sectionMap.items.length - 1];
  if (sectionMap && last && !sectionMap.flow) {
    const keySpan = nodeSpan(last.key)!;
    const column = columnOf(doc, keySpan.start);
    const end = nodeSpan(last.value)?.end ?? keySpan.end;
    return insertLines(doc, nextLineStart(doc, Math.max(end - 1, keySpan.end)), entryLines(name, body, column, unit), true);
  }
  if (sectionPair && sectionPair.value == null) {
    return insertLines(doc, nextLineStart(doc, nodeSpan(sectionPair.key)!.end), entryLines(name, body, unit, unit), true);
  }
  const lines = [`${sectionName}:`, ...entryLines(name, body, unit, unit), ''];
  const resourcesKey = nodeSpan(mapPair(doc.root, 'resources')?.key);
  const at = resourcesKey ? doc.index.lineStart(doc.index.positionAt(resourcesKey.start).line) : doc.text.length;
  return insertLines(doc, at, lines);
}

function entryLines(name: string, body: string[], column: number, unit: number): string[] {
  const pad = ' '.repeat(column);
  const inner = ' '.repeat(column + unit);
  return [`${pad}${name}:`, ...body.map((line) => inner + line.replace(/^( +)/, (s) => ' '.repeat((s.length / DEFAULT_INDENT) * unit)))];
}

/** Removes a mapping entry with all its lines (it must start its own line). */
export function deletePairLines(doc: HeatDocument, keyStart: number, valueEnd: number): OffsetEdit {
  const start = doc.index.lineStart(doc.index.positionAt(keyStart).line);
  return { start, end: nextLineStart(doc, Math.max(valueEnd - 1, keyStart)), newText: '' };
}
