/**
 * Where the cursor is in a YAML document that is being typed (and so often not valid): the chain of
 * block-mapping keys above it, judged from indentation the way a reader would, and whether it is on
 * a key or in a value. Flow collections on the cursor's line (`{get_attr: [server, |`) are followed too.
 */
import type { Span } from '../../../core/text';

/** A list item in `path`. */
export const ITEM = '-';

export interface YamlContext {
  /** Keys from the root to the mapping the cursor is in (ITEM for a list item). */
  path: string[];
  /** The key on the cursor's line when the cursor is in its value; undefined on a key. */
  valueKey?: string;
  /** Inside flow collections in the value: the key of each open `{key: ...` / the ITEM of each `[`, outermost first. */
  flow: string[];
  /** How many items precede the cursor in the innermost open `[`. */
  flowIndex: number;
  /** The items before the cursor in the innermost open `[`, as written. */
  flowItems: string[];
  /** Whether the cursor is right after an opening `{` or `, ` inside a flow map (a key is expected). */
  flowKey: boolean;
  /** The word being typed, which a completion replaces. */
  word: Span;
  /** Sibling keys already present in the mapping the cursor is in (block style). */
  siblings: string[];
}

interface Line {
  indent: number;
  /** Column of the key: after `- ` on an item line. */
  keyColumn: number;
  item: boolean;
  key?: string;
}

const KEY_LINE = /^(\s*)(- +)?([^\s#'"{[\-][^:#]*?|"[^"]*"|'[^']*')\s*:(\s|$)/;
const ITEM_LINE = /^(\s*)- /;

function parseLine(text: string): Line | undefined {
  if (/^\s*(#|$)/.test(text)) return undefined;
  const indent = text.length - text.trimStart().length;
  const key = KEY_LINE.exec(text);
  const item = ITEM_LINE.test(text);
  const keyColumn = item ? indent + (/^\s*-( +)/.exec(text)?.[1].length ?? 1) + 1 : indent;
  return { indent, keyColumn, item, key: key?.[3].replace(/^["']|["']$/g, '') };
}

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Keys above the cursor's line that contain `column`, outermost first. */
function parents(all: string[], lineNo: number, column: number): string[] {
  const path: string[] = [];
  let current = column;
  for (let n = lineNo - 1; n >= 0 && current > 0; n--) {
    const line = parseLine(all[n]);
    if (!line) continue;
    if (line.item && line.keyColumn <= current && line.indent < current) {
      path.unshift(ITEM);
      current = line.indent;
      if (line.indent === 0) break;
      continue;
    }
    if (line.indent < current && line.key !== undefined) {
      path.unshift(line.key);
      current = line.indent;
    }
  }
  return path;
}

/** Keys at `column` in the same block as the cursor's line (below it only when the line starts an item). */
function siblingKeys(all: string[], lineNo: number, column: number, startsItem: boolean): string[] {
  const keys: string[] = [];
  for (const step of startsItem ? [1] : [-1, 1]) {
    for (let n = lineNo + step; n >= 0 && n < all.length; n += step) {
      const line = parseLine(all[n]);
      if (!line) continue;
      if (line.keyColumn < column || (line.item && line.indent < column && step === 1)) break;
      if (line.keyColumn === column && line.key !== undefined) keys.push(line.key);
      if (line.item && line.keyColumn === column && step === -1) break;
    }
  }
  return keys;
}

/** Open flow collections in `value` (the text after `key: ` up to the cursor). */
function flowState(value: string): Pick<YamlContext, 'flow' | 'flowIndex' | 'flowItems' | 'flowKey'> {
  const stack: Array<{ kind: '{' | '['; key: string; items: string[]; current: string }> = [];
  let quote: string | undefined;
  for (const ch of value) {
    const top = stack[stack.length - 1];
    if (quote) { if (ch === quote) quote = undefined; if (top) top.current += ch; continue; }
    if (ch === '"' || ch === "'") { quote = ch; if (top) top.current += ch; continue; }
    if (ch === '{' || ch === '[') { stack.push({ kind: ch, key: '', items: [], current: '' }); continue; }
    if ((ch === '}' || ch === ']') && top) { stack.pop(); const parent = stack[stack.length - 1]; if (parent) parent.current += '…'; continue; }
    if (!top) continue;
    if (ch === ',') { top.items.push(top.current.trim()); top.current = ''; top.key = top.kind === '{' ? '' : top.key; continue; }
    if (ch === ':' && top.kind === '{' && !top.key) { top.key = top.current.trim(); top.current = ''; continue; }
    top.current += ch;
  }
  const inner = stack[stack.length - 1];
  return {
    flow: stack.map((s) => (s.kind === '{' ? s.key : ITEM)),
    flowIndex: inner?.kind === '[' ? inner.items.length : 0,
    flowItems: inner?.kind === '[' ? inner.items : [],
    flowKey: inner?.kind === '{' && !inner.key,
  };
}

const WORD = /[\w:.\/$%-]/;

export function yamlContext(text: string, offset: number): YamlContext {
  const all = lines(text);
  const before = text.slice(0, offset);
  const lineNo = lines(before).length - 1;
  const lineText = all[lineNo] ?? '';
  const column = offset - (before.lastIndexOf('\n') + 1);
  let start = offset;
  while (start > offset - column && WORD.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && WORD.test(text[end]) && text[end] !== ':') end++;
  const prefix = lineText.slice(0, column);
  const keyMatch = KEY_LINE.exec(prefix);
  const itemPrefix = /^(\s*)(- +)/.exec(prefix);
  const startsItem = itemPrefix !== null && (!keyMatch || keyMatch[2] !== undefined);
  const keyColumn = keyMatch ? keyMatch[1].length + (keyMatch[2]?.length ?? 0) : itemPrefix ? itemPrefix[0].length : prefix.length - prefix.trimStart().length;
  const path = parents(all, lineNo, startsItem ? itemPrefix![1].length : keyColumn);
  if (startsItem) path.push(ITEM);
  const word = { start, end };
  const siblings = siblingKeys(all, lineNo, keyColumn, startsItem);
  if (!keyMatch) return { path, flow: [], flowIndex: 0, flowItems: [], flowKey: false, word, siblings };
  const value = prefix.slice(keyMatch[0].length);
  return { path, valueKey: keyMatch[3], ...flowState(value), word, siblings };
}
