/** Adding and removing entries of an existing mapping, in its style (block or flow) and indentation. */
import type { YAMLMap } from 'yaml';
import type { OffsetEdit } from '../../core/rule';
import { columnOf, deletePairLines, indentUnit, nextLineStart } from './edits';
import type { HeatDocument } from './template';
import { mapPair, nodeSpan } from './yaml-nodes';

function atLineStart(doc: HeatDocument, at: number, lines: string[]): OffsetEdit {
  const eol = doc.index.eol;
  const needsBreak = at === doc.text.length && at > 0 && !/[\r\n]$/.test(doc.text);
  return { start: at, end: at, newText: (needsBreak ? eol : '') + lines.join(eol) + eol };
}

/**
 * Appends `key: value` to a mapping. `nested` lines go below the key, one indentation step deeper
 * (block style only). Undefined when the mapping has no entry to take the style from.
 */
export function appendMapEntry(doc: HeatDocument, map: YAMLMap<unknown, unknown>, entry: string, nested: string[] = []): OffsetEdit | undefined {
  const last = map.items[map.items.length - 1];
  const keySpan = last && nodeSpan(last.key);
  if (!keySpan) return undefined;
  if (map.flow) {
    const end = nodeSpan(map)?.end;
    const close = end === undefined ? -1 : doc.text.lastIndexOf('}', end);
    if (close < 0 || nested.length) return undefined;
    return { start: close, end: close, newText: `, ${entry}` };
  }
  const column = columnOf(doc, keySpan.start);
  const pad = ' '.repeat(column);
  const inner = ' '.repeat(column + indentUnit(doc));
  const end = nodeSpan(last.value)?.end ?? keySpan.end;
  return atLineStart(doc, nextLineStart(doc, Math.max(end - 1, keySpan.end)), [pad + entry, ...nested.map((l) => inner + l)]);
}

/** Removes one entry of a block mapping with its lines; undefined for flow mappings. */
export function removeMapEntry(doc: HeatDocument, map: YAMLMap<unknown, unknown>, key: string): OffsetEdit | undefined {
  const pair = mapPair(map, key);
  const keySpan = pair && nodeSpan(pair.key);
  if (!pair || !keySpan || map.flow) return undefined;
  return deletePairLines(doc, keySpan.start, nodeSpan(pair.value)?.end ?? keySpan.end);
}
