/**
 * Differential test: our tokenizer against the real oslo.config parser (cfg.ConfigParser of Debian's
 * python3-oslo.config) on generated files with comments, continuations, both separators, quotes,
 * duplicates, reopened sections, odd line endings and every parse error. Same assignments (section,
 * key, value) in the same order, same section dicts, and the same first error on the same line.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeGroup } from '../../server/src/engine/languages/conf/model';
import { parseConf, type ConfDocument } from '../../server/src/engine/languages/conf/tokenizer';
import { osloParse, osloUnavailable, type OsloParse } from '../support/oslo-oracle';

const NO_SECTION = 'Section must be started before assignment';

/** Deterministic xorshift PRNG: a failure names its seed and is reproducible. */
function prng(seed: number) {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
}

const HEADERS = ['[DEFAULT]', '[api]', '[Database]', '[keystone_authtoken]', '[api]', '[ spaced ]', '[a]b]', '[é]'];
const BAD_HEADERS = ['[]', '[unterminated', '[x] # comment'];
const COMMENTS = ['# a comment', '; semicolon comment', '#', '#key = value'];
const BLANKS = ['', '   ', '\t'];
const KEYS = ['debug', 'log-file', 'host', 'workers', 'key with space', 'url', 'Debug', 'é_key'];
const SEPARATORS = [' = ', '=', ': ', ':', ' =', '\t=\t', '  =   '];
const VALUES = [
  'true', '"quoted value"', "'single quoted'", '"mismatched\'', '"', "''", '', 'a # not a comment',
  'http://host.example.com:80/x=y', 'value with trailing   ', 'é∂ unicode', '$state_path/x', 'a "b" c', '  leading',
];
const CONTINUATIONS = ['  more', '\tmore', '  # indented comment', '  [x]', '    key = v'];
const BAD_LINES = ['no separator here', '= value', ' = also empty key'];
const ENDINGS = ['\n', '\r\n', '\r'];

/** One generated file; `broken` files may hold any error line, others only valid lines. */
function generate(rnd: (n: number) => number, broken: boolean): string {
  const pick = <T>(list: T[]) => list[rnd(list.length)];
  const lines: string[] = [];
  if (!broken || rnd(4) > 0) lines.push(pick(HEADERS));
  let afterAssignment = false;
  const count = 1 + rnd(12);
  for (let i = 0; i < count; i++) {
    const kind = rnd(broken ? 8 : 6);
    let line: string;
    if (kind === 0) line = pick(HEADERS);
    else if (kind === 1) line = pick(COMMENTS);
    else if (kind === 2) line = pick(BLANKS);
    else if (kind === 3 && afterAssignment) line = pick(CONTINUATIONS);
    else if (kind === 6) line = pick(BAD_HEADERS);
    else if (kind === 7) line = rnd(2) ? pick(BAD_LINES) : pick(CONTINUATIONS);
    else line = `${pick(KEYS)}${pick(SEPARATORS)}${pick(VALUES)}`;
    const continuation = /^[ \t]/.test(line) && line.trim() !== '';
    afterAssignment = /^[^\s#;[]/.test(line) || (continuation && afterAssignment);
    lines.push(line);
  }
  const mixed = rnd(5) === 0;
  const ending = pick(ENDINGS);
  let text = '';
  for (const line of lines) text += line + (mixed ? pick(ENDINGS) : ending);
  return rnd(6) === 0 ? text.replace(/(\r\n|\n|\r)$/, '') : text;
}

interface Ours {
  assignments: Array<[string, string, string]>;
  sections: Record<string, Record<string, string[]>>;
  normalized: Record<string, Record<string, string[]>>;
  error: { message: string; line: number } | null;
}

/** Our parse, cut where oslo stops: at the first error. */
function ours(doc: ConfDocument): Ours {
  const first = doc.errors[0];
  const firstLine = first ? doc.index.positionAt(first.span.start).line : Infinity;
  const out: Ours = { assignments: [], sections: {}, normalized: {}, error: first ? { message: first.message, line: firstLine + 1 } : null };
  const add = (dict: Ours['sections'], section: string, key: string, value: string) => {
    dict[section] ??= {};
    (dict[section][key] ??= []).push(value);
  };
  // Sections oslo opened before it stopped exist even when empty.
  for (const s of doc.sections) {
    if (doc.index.positionAt(s.headerSpan.start).line >= firstLine) break;
    out.sections[s.name] ??= {};
    out.normalized[normalizeGroup(s.name)] ??= {};
  }
  for (const e of doc.entries) {
    if (doc.index.positionAt(e.span.start).line >= firstLine || !e.section) break;
    out.assignments.push([e.section.name, e.key, e.value]);
    add(out.sections, e.section.name, e.key, e.value);
    add(out.normalized, normalizeGroup(e.section.name), e.key, e.value);
  }
  return out;
}

function compare(text: string, mine: Ours, oslo: OsloParse): void {
  const context = `input ${JSON.stringify(text)}`;
  assert.deepEqual(mine.assignments, oslo.assignments, `assignments differ for ${context}`);
  assert.deepEqual(mine.sections, oslo.sections, `sections differ for ${context}`);
  assert.deepEqual(mine.normalized, oslo.normalized, `normalized sections differ for ${context}`);
  assert.equal(mine.error?.message, oslo.error?.message, `first error differs for ${context}`);
  // oslo reports a missing section lazily, on the line that flushes the assignment (a documented quirk).
  if (oslo.error && oslo.error.message !== NO_SECTION) assert.equal(mine.error?.line, oslo.error.line, `error line differs for ${context}`);
}

const unavailable = osloUnavailable();

describe('tokenizer vs the real oslo.config parser', { skip: unavailable }, () => {
  test('2000 generated valid files: same assignments, sections and normalized sections', () => {
    const rnd = prng(20261);
    const texts = Array.from({ length: 2000 }, () => generate(rnd, false));
    const oracle = osloParse(texts);
    texts.forEach((text, i) => compare(text, ours(parseConf(text)), oracle[i]));
    assert.ok(oracle.filter((o) => o.error === null).length > 1500, 'most valid files parse without error');
    assert.ok(oracle.some((o) => Object.values(o.sections).some((keys) => Object.values(keys).some((v) => v.length > 1))), 'duplicates occur');
    assert.ok(oracle.some((o) => o.assignments.some(([, , v]) => v.includes('\n'))), 'continuations occur');
  });

  test('2000 generated files with broken lines: the same first error, on the same line', () => {
    const rnd = prng(77);
    const texts = Array.from({ length: 2000 }, () => generate(rnd, true));
    const oracle = osloParse(texts);
    texts.forEach((text, i) => compare(text, ours(parseConf(text)), oracle[i]));
    const messages = new Set(oracle.map((o) => o.error?.message).filter(Boolean));
    assert.deepEqual([...messages].sort(), [
      'Empty section name', 'Invalid section (must end with ])', 'Key cannot be empty',
      "No ':' or '=' found in assignment", NO_SECTION, 'Unexpected continuation line',
    ]);
  });

  test('hand-picked edge cases', () => {
    const texts = [
      '[DEFAULT]\nfoo = a\n  b\n\n  c\n',
      '[DEFAULT]\nurl: http://x=y\nother = http://x:80\n',
      '[DEFAULT]\nfoo = "a b "\nbar = "\nbaz = \'x"\n',
      '[ DEFAULT ]\nfoo = 1\n[default]\nfoo = 2\n[DEFAULT]\nfoo = 3\n',
      'foo = bar\n\n[DEFAULT]\n',
      '\ufeff[DEFAULT]\nfoo = bar\n',
      '[DEFAULT]\r\nfoo = a\r\n  b\r\n',
      '[DEFAULT]\nfoo =\n  first continuation\n',
      '[DEFAULT]\nk\u000bx = 1\n',
    ];
    const oracle = osloParse(texts);
    texts.forEach((text, i) => compare(text, ours(parseConf(text)), oracle[i]));
  });
});
