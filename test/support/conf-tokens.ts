/** Shared helpers of the oslo.config tokenizer tests (test/unit/conf-tokenizer-*.test.ts). */
import assert from 'node:assert/strict';
import { parseConf, type ConfDocument, type ConfEntry } from '../../server/src/engine/languages/conf/tokenizer';
import type { Span } from '../../server/src/engine/core/text';

export const NO_SEP = "No ':' or '=' found in assignment";
export const EMPTY_KEY = 'Key cannot be empty';
export const CONTINUATION = 'Unexpected continuation line';
export const BAD_SECTION = 'Invalid section (must end with ])';
export const EMPTY_SECTION = 'Empty section name';
export const NO_SECTION = 'Section must be started before assignment';

/** The text a span covers. */
export function at(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The span of the nth (0-based) occurrence of needle in text; fails if there is none. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let from = 0;
  let idx = -1;
  for (let i = 0; i <= nth; i++) {
    idx = text.indexOf(needle, from);
    assert.ok(idx >= 0, `test setup: ${JSON.stringify(needle)} #${nth} not in ${JSON.stringify(text)}`);
    from = idx + 1;
  }
  return { start: idx, end: idx + needle.length };
}

/** Offset just after the nth occurrence of needle. */
export function after(text: string, needle: string, nth = 0): number {
  return spanOf(text, needle, nth).end;
}

/** [message, covered text] of every error, in order. */
export function errorsOf(doc: ConfDocument): [string, string][] {
  return doc.errors.map((e) => [e.message, at(doc.text, e.span)]);
}

/** [section name, key, value] of every entry, in order. */
export function triples(doc: ConfDocument): [string | undefined, string, string][] {
  return doc.entries.map((e) => [e.section?.name, e.key, e.value]);
}

export interface Expect {
  key: string;
  value: string;
  /** Exact spans (offsets); their texts are compared too. */
  keySpan: Span;
  valueSpan: Span;
  span: Span;
  nextLineStart: number;
  separator: '=' | ':';
  separatorOffset: number;
}

export function checkEntry(doc: ConfDocument, entry: ConfEntry | undefined, exp: Expect): void {
  assert.ok(entry, 'entry exists');
  const t = doc.text;
  assert.equal(entry.key, exp.key, 'key');
  assert.equal(entry.value, exp.value, 'value');
  assert.equal(at(t, entry.keySpan), at(t, exp.keySpan), 'keySpan text');
  assert.deepEqual(entry.keySpan, exp.keySpan, 'keySpan');
  assert.equal(at(t, entry.valueSpan), at(t, exp.valueSpan), 'valueSpan text');
  assert.deepEqual(entry.valueSpan, exp.valueSpan, 'valueSpan');
  assert.equal(at(t, entry.span), at(t, exp.span), 'span text');
  assert.deepEqual(entry.span, exp.span, 'span');
  assert.equal(entry.nextLineStart, exp.nextLineStart, 'nextLineStart');
  assert.equal(entry.separator, exp.separator, 'separator');
  assert.equal(entry.separatorOffset, exp.separatorOffset, 'separatorOffset');
  assert.equal(t[entry.separatorOffset], exp.separator, 'separatorOffset points at the separator');
}

/** Parses `[DEFAULT]\n` + body and returns the single entry's value (and asserts no errors). */
export function valueOf(body: string): string {
  const doc = parseConf(`[DEFAULT]\n${body}`);
  assert.deepEqual(errorsOf(doc), []);
  assert.equal(doc.entries.length, 1, 'exactly one entry');
  return doc.entries[0].value;
}
