/**
 * Tests for the oslo.config INI tokenizer against the rules in shared/facts/oslo_ini.md
 * (sections 2 and 3). Every span is checked by exact offsets and by the text it covers.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseConf, type ConfDocument, type ConfEntry } from '../../server/src/engine/languages/conf/tokenizer';
import type { Span } from '../../server/src/engine/core/text';

const NO_SEP = "No ':' or '=' found in assignment";
const EMPTY_KEY = 'Key cannot be empty';
const CONTINUATION = 'Unexpected continuation line';
const BAD_SECTION = 'Invalid section (must end with ])';
const EMPTY_SECTION = 'Empty section name';
const NO_SECTION = 'Section must be started before assignment';

/** The text a span covers. */
function at(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The span of the nth (0-based) occurrence of needle in text; fails if there is none. */
function spanOf(text: string, needle: string, nth = 0): Span {
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
function after(text: string, needle: string, nth = 0): number {
  return spanOf(text, needle, nth).end;
}

/** [message, covered text] of every error, in order. */
function errorsOf(doc: ConfDocument): [string, string][] {
  return doc.errors.map((e) => [e.message, at(doc.text, e.span)]);
}

/** [section name, key, value] of every entry, in order. */
function triples(doc: ConfDocument): [string | undefined, string, string][] {
  return doc.entries.map((e) => [e.section?.name, e.key, e.value]);
}

interface Expect {
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

function checkEntry(doc: ConfDocument, entry: ConfEntry | undefined, exp: Expect): void {
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
function valueOf(body: string): string {
  const doc = parseConf(`[DEFAULT]\n${body}`);
  assert.deepEqual(errorsOf(doc), []);
  assert.equal(doc.entries.length, 1, 'exactly one entry');
  return doc.entries[0].value;
}

describe('trailing whitespace (rule 2.1)', () => {
  test('spaces and tabs after the value are stripped from value, valueSpan and span', () => {
    const t = '[DEFAULT]\nfoo = bar \t \n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    checkEntry(doc, doc.entries[0], {
      key: 'foo',
      value: 'bar',
      keySpan: spanOf(t, 'foo'),
      valueSpan: spanOf(t, 'bar'),
      span: spanOf(t, 'foo = bar'),
      nextLineStart: t.length,
      separator: '=',
      separatorOffset: spanOf(t, '=').start,
    });
  });

  test('Python whitespace (\\f \\v \\xa0 \\u3000 \\x1c \\x85 \\u2028) is stripped at the end', () => {
    for (const ws of ['\f', '\v', '\xa0', '\u3000', '\x1c', '\x1f', '\x85', '\u2028', '\u2009', '\u202f']) {
      const t = `[DEFAULT]\nfoo = bar${ws}\n`;
      const doc = parseConf(t);
      assert.deepEqual(errorsOf(doc), [], JSON.stringify(ws));
      assert.equal(doc.entries[0].value, 'bar', JSON.stringify(ws));
      assert.equal(at(t, doc.entries[0].span), 'foo = bar', JSON.stringify(ws));
    }
  });

  test('characters that JS \\s strips but Python does not (\\ufeff) are kept', () => {
    const t = '[DEFAULT]\nfoo = bar\ufeff\n';
    const doc = parseConf(t);
    assert.equal(doc.entries[0].value, 'bar\ufeff');
    assert.equal(at(t, doc.entries[0].valueSpan), 'bar\ufeff');
  });

  test('trailing whitespace after a section header is stripped before the ] check', () => {
    const t = '[DEFAULT] \t\nfoo = bar\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.equal(doc.sections.length, 1);
    assert.equal(doc.sections[0].name, 'DEFAULT');
    assert.deepEqual(doc.sections[0].headerSpan, spanOf(t, '[DEFAULT]'));
  });

  test('trailing whitespace on a continuation line is stripped', () => {
    const t = '[DEFAULT]\nfoo = a\n  b  \t\n';
    const doc = parseConf(t);
    assert.equal(doc.entries[0].value, 'a\nb');
    assert.equal(at(t, doc.entries[0].valueSpan), 'a\n  b');
    assert.equal(at(t, doc.entries[0].span), 'foo = a\n  b');
    assert.equal(doc.entries[0].nextLineStart, t.length);
  });

  test('a line without a separator is reported without its trailing whitespace', () => {
    const t = '[DEFAULT]\nfoo bar   \n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [[NO_SEP, 'foo bar']]);
    assert.deepEqual(doc.errors[0].span, spanOf(t, 'foo bar'));
  });
});

describe('blank lines (rule 2.2)', () => {
  test('an empty line ends a multi-line value; a following indented line is an error', () => {
    const t = '[DEFAULT]\nfoo = a\n  b\n\n  c\nbar = d\n';
    const doc = parseConf(t);
    assert.deepEqual(triples(doc), [
      ['DEFAULT', 'foo', 'a\nb'],
      ['DEFAULT', 'bar', 'd'],
    ]);
    assert.deepEqual(errorsOf(doc), [[CONTINUATION, 'c']]);
    assert.deepEqual(doc.errors[0].span, spanOf(t, 'c'));
    // The entry ends at the line break before the blank line.
    assert.equal(doc.entries[0].nextLineStart, after(t, '  b\n'));
    assert.equal(at(t, doc.entries[0].span), 'foo = a\n  b');
  });

  test('a whitespace-only line counts as blank and ends the value too', () => {
    const t = '[DEFAULT]\nfoo = a\n \t \n  c\n';
    const doc = parseConf(t);
    assert.deepEqual(triples(doc), [['DEFAULT', 'foo', 'a']]);
    assert.deepEqual(errorsOf(doc), [[CONTINUATION, 'c']]);
    assert.equal(doc.entries[0].nextLineStart, after(t, 'foo = a\n'));
  });

  test('blank lines between entries and sections are harmless', () => {
    const t = '\n\n[DEFAULT]\n\n\nfoo = 1\n\n\n[x]\n\nbar = 2\n\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(triples(doc), [
      ['DEFAULT', 'foo', '1'],
      ['x', 'bar', '2'],
    ]);
  });

  test('empty document and whitespace-only document', () => {
    for (const t of ['', '\n', '   \n\t\n', '\r\n\r\n']) {
      const doc = parseConf(t);
      assert.deepEqual(doc.sections, []);
      assert.deepEqual(doc.entries, []);
      assert.deepEqual(doc.errors, []);
      assert.equal(doc.text, t);
    }
  });
});

describe('continuation lines (rule 2.3)', () => {
  test('space and tab continuation lines are lstripped and joined with \\n', () => {
    const t = '[DEFAULT]\nfoo = a,\n  b,\n\tc\nnext = 1\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    checkEntry(doc, doc.entries[0], {
      key: 'foo',
      value: 'a,\nb,\nc',
      keySpan: spanOf(t, 'foo'),
      valueSpan: spanOf(t, 'a,\n  b,\n\tc'),
      span: spanOf(t, 'foo = a,\n  b,\n\tc'),
      nextLineStart: spanOf(t, 'next').start,
      separator: '=',
      separatorOffset: spanOf(t, '=').start,
    });
    assert.equal(doc.entries[1].key, 'next');
  });

  test('all leading whitespace is removed, including mixed tabs/spaces and Python unicode spaces', () => {
    assert.equal(valueOf('foo = a\n \t  b\n\t \xa0c\n'), 'a\nb\nc');
  });

  test('inner spaces of a continuation line are kept', () => {
    assert.equal(valueOf('foo = a\n  b   c\n'), 'a\nb   c');
  });

  test('a continuation line that looks like an assignment is value text, not a new key', () => {
    const t = '[DEFAULT]\nfoo = a\n  bar = b\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(triples(doc), [['DEFAULT', 'foo', 'a\nbar = b']]);
  });

  test('an indented # after a key becomes value text', () => {
    const t = '[DEFAULT]\nfoo = bar\n  # text\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(triples(doc), [['DEFAULT', 'foo', 'bar\n# text']]);
    assert.equal(at(t, doc.entries[0].valueSpan), 'bar\n  # text');
    assert.equal(doc.entries[0].valueSpan.end, t.length - 1);
  });

  test('an indented ; and an indented [x] after a key become value text (no new section)', () => {
    const t = '[DEFAULT]\nfoo = bar\n\t; semi\n  [x]\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(triples(doc), [['DEFAULT', 'foo', 'bar\n; semi\n[x]']]);
    assert.equal(doc.sections.length, 1);
  });

  test('quotes are not stripped on continuation lines', () => {
    assert.equal(valueOf('foo = a\n  "b"\n'), 'a\n"b"');
  });

  test('the first line is quote-stripped on its own: a quote closed on a later line is kept', () => {
    assert.equal(valueOf('foo = "a\n  b"\n'), '"a\nb"');
    assert.equal(valueOf('foo = "a"\n  "b"\n'), 'a\n"b"');
  });

  test('an empty first line gives a value starting with \\n; valueSpan starts at the continuation text', () => {
    const t = '[DEFAULT]\nfoo =\n  a\n  b\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    checkEntry(doc, doc.entries[0], {
      key: 'foo',
      value: '\na\nb',
      keySpan: spanOf(t, 'foo'),
      valueSpan: spanOf(t, 'a\n  b'),
      span: spanOf(t, 'foo =\n  a\n  b'),
      nextLineStart: t.length,
      separator: '=',
      separatorOffset: spanOf(t, '=').start,
    });
  });

  test('a first line that is an empty quoted string keeps its valueSpan start at the quote', () => {
    const t = '[DEFAULT]\nfoo = ""\n  a\n';
    const doc = parseConf(t);
    assert.equal(doc.entries[0].value, '\na');
    assert.equal(at(t, doc.entries[0].valueSpan), '""\n  a');
  });

  test('a continuation line with no pending key is an error: at start of file', () => {
    const t = '  orphan\n[DEFAULT]\nfoo = 1\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [[CONTINUATION, 'orphan']]);
    assert.deepEqual(doc.errors[0].span, spanOf(t, 'orphan'));
    assert.deepEqual(triples(doc), [['DEFAULT', 'foo', '1']]);
  });

  test('a continuation line right after a section header is an error', () => {
    const t = '[DEFAULT]\n\tfoo = 1\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [[CONTINUATION, 'foo = 1']]);
    assert.deepEqual(doc.errors[0].span, spanOf(t, 'foo = 1'));
    assert.deepEqual(doc.entries, []);
  });

  test('an indented # or [x] where no key is pending is an error', () => {
    const t = '[DEFAULT]\n  # not a comment\n\n  [x]\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [
      [CONTINUATION, '# not a comment'],
      [CONTINUATION, '[x]'],
    ]);
    assert.equal(doc.sections.length, 1);
  });

  test('a column-1 comment ends the value; following continuation lines fail', () => {
    const t = '[DEFAULT]\nfoo = a\n  b\n# comment\n  c\n';
    const doc = parseConf(t);
    assert.deepEqual(triples(doc), [['DEFAULT', 'foo', 'a\nb']]);
    assert.deepEqual(errorsOf(doc), [[CONTINUATION, 'c']]);
    assert.equal(doc.entries[0].nextLineStart, spanOf(t, '# comment').start);
  });

  test('a section header ends the value; a continuation line after it fails', () => {
    const t = '[DEFAULT]\nfoo = a\n[x]\n  b\n';
    const doc = parseConf(t);
    assert.deepEqual(triples(doc), [['DEFAULT', 'foo', 'a']]);
    assert.deepEqual(errorsOf(doc), [[CONTINUATION, 'b']]);
  });

  test('a following key line ends the value', () => {
    const t = '[DEFAULT]\nfoo = a\n  b\nbar = c\n  d\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(triples(doc), [
      ['DEFAULT', 'foo', 'a\nb'],
      ['DEFAULT', 'bar', 'c\nd'],
    ]);
    assert.equal(doc.entries[0].nextLineStart, spanOf(t, 'bar').start);
  });

  test('only space and tab start a continuation: \\f, \\v or \\xa0 in column 1 start an assignment (key stripped)', () => {
    for (const ws of ['\f', '\v', '\xa0', '\u3000']) {
      const t = `[DEFAULT]\nfoo = a\n${ws}key = v\n`;
      const doc = parseConf(t);
      assert.deepEqual(errorsOf(doc), [], JSON.stringify(ws));
      assert.deepEqual(triples(doc), [
        ['DEFAULT', 'foo', 'a'],
        ['DEFAULT', 'key', 'v'],
      ], JSON.stringify(ws));
      assert.deepEqual(doc.entries[1].keySpan, spanOf(t, 'key'));
      // The entry span starts at the line start (column 1), before the stripped whitespace.
      assert.equal(at(t, doc.entries[1].span), `${ws}key = v`);
    }
  });
});

describe('section headers (rule 2.5)', () => {
  test('[x] opens a section with exact nameSpan and headerSpan; entries belong to it', () => {
    const t = '[DEFAULT]\nfoo = 1\n[database]\nconnection = sqlite://\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(doc.sections.map((s) => s.name), ['DEFAULT', 'database']);
    const [def, db] = doc.sections;
    assert.deepEqual(def.headerSpan, spanOf(t, '[DEFAULT]'));
    assert.deepEqual(def.nameSpan, spanOf(t, 'DEFAULT'));
    assert.deepEqual(db.headerSpan, spanOf(t, '[database]'));
    assert.deepEqual(db.nameSpan, spanOf(t, 'database'));
    assert.deepEqual(def.entries.map((e) => e.key), ['foo']);
    assert.deepEqual(db.entries.map((e) => e.key), ['connection']);
    assert.equal(doc.entries[0].section, def);
    assert.equal(doc.entries[1].section, db);
    assert.equal(doc.entries[1].value, 'sqlite://');
  });

  test('section names keep their case', () => {
    const doc = parseConf('[Database]\n[default]\n');
    assert.deepEqual(doc.sections.map((s) => s.name), ['Database', 'default']);
  });

  test('a trailing comment after ] is "Invalid section (must end with ])"', () => {
    const t = '[DEFAULT] # x\nfoo = 1\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [
      [BAD_SECTION, '[DEFAULT] # x'],
      [NO_SECTION, 'foo = 1'],
    ]);
    assert.deepEqual(doc.errors[0].span, spanOf(t, '[DEFAULT] # x'));
    assert.deepEqual(doc.sections, []);
  });

  test('a missing ] and a lone [ are invalid sections', () => {
    const t = '[DEFAULT]\n[database\n[\n[x] = y\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [
      [BAD_SECTION, '[database'],
      [BAD_SECTION, '['],
      [BAD_SECTION, '[x] = y'],
    ]);
    const lone = spanOf(t, '\n[\n').start + 1;
    assert.deepEqual(doc.errors[1].span, { start: lone, end: lone + 1 });
    assert.deepEqual(doc.sections.map((s) => s.name), ['DEFAULT']);
    assert.deepEqual(doc.entries, [], 'a line starting with [ is never an assignment');
  });

  test('[] is "Empty section name"', () => {
    const t = '[DEFAULT]\n[]  \n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [[EMPTY_SECTION, '[]']]);
    assert.deepEqual(doc.errors[0].span, spanOf(t, '[]'));
    assert.equal(doc.sections.length, 1);
  });

  test('the name is not stripped: [ DEFAULT ] is " DEFAULT "', () => {
    const t = '[ DEFAULT ]\nfoo = 1\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.equal(doc.sections[0].name, ' DEFAULT ');
    assert.deepEqual(doc.sections[0].nameSpan, spanOf(t, ' DEFAULT '));
    assert.equal(doc.entries[0].section?.name, ' DEFAULT ');
  });

  test('a name of only a space is allowed: [ ]', () => {
    const doc = parseConf('[ ]\n');
    assert.deepEqual(errorsOf(doc), []);
    assert.equal(doc.sections[0].name, ' ');
  });

  test('the name is everything between the first and last character: [a]b], [[x]], []]', () => {
    const t = '[a]b]\n[[x]]\n[]]\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(doc.sections.map((s) => s.name), ['a]b', '[x]', ']']);
    assert.deepEqual(doc.sections[0].nameSpan, spanOf(t, 'a]b'));
    assert.deepEqual(doc.sections[0].headerSpan, spanOf(t, '[a]b]'));
    assert.deepEqual(doc.sections[1].nameSpan, spanOf(t, '[x]'));
    assert.deepEqual(doc.sections[2].headerSpan, spanOf(t, '[]]'));
  });

  test('a repeated header re-opens the section: entries of both blocks are found by name', () => {
    const t = '[a]\nx = 1\n[b]\ny = 2\n[a]\nz = 3\nx = 4\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(doc.sections.map((s) => s.name), ['a', 'b', 'a']);
    assert.deepEqual(doc.sections[2].headerSpan, spanOf(t, '[a]', 1));
    const inA = doc.entries.filter((e) => e.section?.name === 'a').map((e) => [e.key, e.value]);
    assert.deepEqual(inA, [
      ['x', '1'],
      ['z', '3'],
      ['x', '4'],
    ]);
    assert.deepEqual(doc.sections[0].entries.map((e) => e.key), ['x']);
    assert.deepEqual(doc.sections[2].entries.map((e) => e.key), ['z', 'x']);
  });
});

describe('comments (rule 2.6)', () => {
  test('# and ; in column 1 are comments, even when they contain = or :', () => {
    const t = '# top = 1\n;top: 2\n[DEFAULT]\n#\n;\n#foo = bar\nreal = 1\n; [x]\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(triples(doc), [['DEFAULT', 'real', '1']]);
    assert.deepEqual(doc.sections.map((s) => s.name), ['DEFAULT']);
  });

  test('comments before the first section are fine', () => {
    const doc = parseConf('# header\n; more\n\n[DEFAULT]\n');
    assert.deepEqual(errorsOf(doc), []);
  });

  test('there are no inline comments: "v # c" and "v ; c" are the value', () => {
    const t = '[DEFAULT]\nfoo = v # c\nbar = v ; c\nbaz = #v\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(triples(doc), [
      ['DEFAULT', 'foo', 'v # c'],
      ['DEFAULT', 'bar', 'v ; c'],
      ['DEFAULT', 'baz', '#v'],
    ]);
    assert.deepEqual(doc.entries[0].valueSpan, spanOf(t, 'v # c'));
  });

  test('a comment between two entries does not join them', () => {
    const t = '[DEFAULT]\nfoo = 1\n# c\nbar = 2\n';
    const doc = parseConf(t);
    assert.deepEqual(triples(doc), [
      ['DEFAULT', 'foo', '1'],
      ['DEFAULT', 'bar', '2'],
    ]);
    assert.equal(doc.entries[0].nextLineStart, spanOf(t, '# c').start);
  });
});

describe('assignments (rule 2.7)', () => {
  test('url: http://x=y splits at the colon (first separator wins)', () => {
    const t = '[DEFAULT]\nurl: http://x=y\n';
    const doc = parseConf(t);
    checkEntry(doc, doc.entries[0], {
      key: 'url',
      value: 'http://x=y',
      keySpan: spanOf(t, 'url'),
      valueSpan: spanOf(t, 'http://x=y'),
      span: spanOf(t, 'url: http://x=y'),
      nextLineStart: t.length,
      separator: ':',
      separatorOffset: spanOf(t, ':').start,
    });
  });

  test('url = http://x:80 splits at the equals sign', () => {
    const t = '[DEFAULT]\nurl = http://x:80';
    const doc = parseConf(t);
    checkEntry(doc, doc.entries[0], {
      key: 'url',
      value: 'http://x:80',
      keySpan: spanOf(t, 'url'),
      valueSpan: spanOf(t, 'http://x:80'),
      span: spanOf(t, 'url = http://x:80'),
      nextLineStart: t.length,
      separator: '=',
      separatorOffset: spanOf(t, '=').start,
    });
  });

  test('no spaces around the separator, and several separators', () => {
    const t = '[DEFAULT]\na=b:c\nd:e=f\ng==h\ni::j\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(triples(doc).map(([, k, v]) => [k, v]), [
      ['a', 'b:c'],
      ['d', 'e=f'],
      ['g', '=h'],
      ['i', ':j'],
    ]);
    assert.deepEqual(doc.entries.map((e) => e.separator), ['=', ':', '=', ':']);
    assert.deepEqual(doc.entries[0].keySpan, spanOf(t, 'a'));
    assert.deepEqual(doc.entries[0].valueSpan, spanOf(t, 'b:c'));
    assert.equal(doc.entries[2].separatorOffset, spanOf(t, 'g==').start + 1);
  });

  test('a line with neither : nor = is "No \':\' or \'=\' found in assignment"', () => {
    const t = '[DEFAULT]\nfoo\nfoo bar baz\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [
      [NO_SEP, 'foo'],
      [NO_SEP, 'foo bar baz'],
    ]);
    const foo = spanOf(t, 'foo\n').start;
    assert.deepEqual(doc.errors[0].span, { start: foo, end: foo + 3 });
    assert.deepEqual(doc.errors[1].span, spanOf(t, 'foo bar baz'));
    assert.deepEqual(doc.entries, []);
  });

  test('the key is stripped; inner spaces are kept; tabs around the separator are stripped', () => {
    const t = '[DEFAULT]\nfoo bar = baz\nk\t=\tv\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    checkEntry(doc, doc.entries[0], {
      key: 'foo bar',
      value: 'baz',
      keySpan: spanOf(t, 'foo bar'),
      valueSpan: spanOf(t, 'baz'),
      span: spanOf(t, 'foo bar = baz'),
      nextLineStart: spanOf(t, 'k\t').start,
      separator: '=',
      separatorOffset: spanOf(t, '=').start,
    });
    checkEntry(doc, doc.entries[1], {
      key: 'k',
      value: 'v',
      keySpan: { start: spanOf(t, 'k\t').start, end: spanOf(t, 'k\t').start + 1 },
      valueSpan: { start: spanOf(t, '\tv').start + 1, end: spanOf(t, '\tv').end },
      span: spanOf(t, 'k\t=\tv'),
      nextLineStart: t.length,
      separator: '=',
      separatorOffset: spanOf(t, '=', 1).start,
    });
  });

  test('an empty key is "Key cannot be empty"', () => {
    const t = '[DEFAULT]\n= v\n: v\n=\n\f = v\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [
      [EMPTY_KEY, '= v'],
      [EMPTY_KEY, ': v'],
      [EMPTY_KEY, '='],
      [EMPTY_KEY, '\f = v'],
    ]);
    assert.deepEqual(doc.errors[0].span, spanOf(t, '= v'));
    assert.deepEqual(doc.entries, []);
  });

  test('an empty value is allowed; valueSpan is empty right after the separator', () => {
    const t = '[DEFAULT]\nfoo =\nbar =   \nbaz:\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(triples(doc).map(([, k, v]) => [k, v]), [
      ['foo', ''],
      ['bar', ''],
      ['baz', ''],
    ]);
    for (const e of doc.entries) {
      assert.deepEqual(e.valueSpan, { start: e.separatorOffset + 1, end: e.separatorOffset + 1 }, e.key);
    }
    assert.equal(at(t, doc.entries[1].span), 'bar =');
  });

  test('the value is stripped on both sides; inner spaces are kept', () => {
    const t = '[DEFAULT]\nfoo =   bar   baz  \n';
    const doc = parseConf(t);
    assert.equal(doc.entries[0].value, 'bar   baz');
    assert.deepEqual(doc.entries[0].valueSpan, spanOf(t, 'bar   baz'));
  });

  test('a backslash is not a line continuation', () => {
    const t = '[DEFAULT]\nfoo = a \\\nbar = b\\\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(triples(doc), [
      ['DEFAULT', 'foo', 'a \\'],
      ['DEFAULT', 'bar', 'b\\'],
    ]);
    assert.deepEqual(doc.entries[0].valueSpan, spanOf(t, 'a \\'));
  });

  test('duplicate keys are all kept, in order, with their own spans', () => {
    const t = '[DEFAULT]\nfoo = 1\nfoo = 2\n[x]\nfoo = 3\n[DEFAULT]\nfoo = 4\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(triples(doc), [
      ['DEFAULT', 'foo', '1'],
      ['DEFAULT', 'foo', '2'],
      ['x', 'foo', '3'],
      ['DEFAULT', 'foo', '4'],
    ]);
    for (let i = 0; i < 4; i++) {
      assert.deepEqual(doc.entries[i].keySpan, spanOf(t, 'foo', i));
      assert.deepEqual(doc.entries[i].span, spanOf(t, `foo = ${i + 1}`));
    }
    assert.deepEqual(doc.sections[0].entries.map((e) => e.value), ['1', '2']);
  });

  test('keys are case-sensitive and kept as written', () => {
    assert.deepEqual(triples(parseConf('[DEFAULT]\nDebug = true\ndebug = false\n')).map(([, k]) => k), ['Debug', 'debug']);
  });
});

describe('quote stripping (rule 2.7)', () => {
  const cases: [string, string][] = [
    ['"a b "', 'a b '],
    ["'x'", 'x'],
    ['""', ''],
    ["''", ''],
    ['"', ''],
    ["'", ''],
    ['"""', '"'],
    ['"a"b"', 'a"b'],
    ['\'"x"\'', '"x"'],
    ['""x""', '"x"'],
    ['"x\'', '"x\''],
    ['\'x"', '\'x"'],
    ['a "b" c', 'a "b" c'],
    ['"a" b', '"a" b'],
    ['a "b"', 'a "b"'],
    ['"a\\"b"', 'a\\"b'],
    ['"\\n"', '\\n'],
    ['`x`', '`x`'],
  ];
  for (const [raw, expected] of cases) {
    test(`value ${raw} gives ${JSON.stringify(expected)}`, () => {
      const t = `[DEFAULT]\nfoo = ${raw}\n`;
      const doc = parseConf(t);
      assert.deepEqual(errorsOf(doc), []);
      assert.equal(doc.entries[0].value, expected);
      // valueSpan covers the value as written, quotes included.
      assert.deepEqual(doc.entries[0].valueSpan, { start: spanOf(t, '= ').end, end: t.length - 1 });
      assert.equal(at(t, doc.entries[0].valueSpan), raw);
    });
  }

  test('quotes are stripped after whitespace stripping', () => {
    const t = '[DEFAULT]\nfoo =   "  x  "   \n';
    const doc = parseConf(t);
    assert.equal(doc.entries[0].value, '  x  ');
    assert.deepEqual(doc.entries[0].valueSpan, spanOf(t, '"  x  "'));
  });

  test('only one pair is removed and it must be the same character', () => {
    assert.equal(valueOf("foo = ''x''\n"), "'x'");
    assert.equal(valueOf('foo = "x\n'), '"x');
    assert.equal(valueOf('foo = x"\n'), 'x"');
  });
});

describe('keys before any section', () => {
  test('a key before the first header is an error reported on the key (its entry span)', () => {
    const t = 'foo = bar\n\n[DEFAULT]\nok = 1\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [[NO_SECTION, 'foo = bar']]);
    assert.deepEqual(doc.errors[0].span, spanOf(t, 'foo = bar'));
    assert.deepEqual(triples(doc), [
      [undefined, 'foo', 'bar'],
      ['DEFAULT', 'ok', '1'],
    ]);
    assert.equal(doc.entries[0].section, undefined);
    assert.deepEqual(doc.sections[0].entries.map((e) => e.key), ['ok']);
  });

  test('the error covers continuation lines of the orphan key', () => {
    const t = 'foo = a\n  b\n[DEFAULT]\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [[NO_SECTION, 'foo = a\n  b']]);
    assert.equal(doc.entries[0].value, 'a\nb');
  });

  test('every key before a section gets its own error, including one at EOF', () => {
    const t = '# c\n\na = 1\nb = 2';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [
      [NO_SECTION, 'a = 1'],
      [NO_SECTION, 'b = 2'],
    ]);
    assert.deepEqual(doc.sections, []);
  });

  test('comments and blank lines before the first header are fine', () => {
    const doc = parseConf('\n# a\n; b\n\n[DEFAULT]\nx = 1\n');
    assert.deepEqual(errorsOf(doc), []);
  });
});

describe('BOM', () => {
  test('a UTF-8 BOM stays in the first line: \\ufeff[DEFAULT] is "No \':\' or \'=\'"', () => {
    const t = '\ufeff[DEFAULT]\nfoo = bar\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [
      [NO_SEP, '\ufeff[DEFAULT]'],
      [NO_SECTION, 'foo = bar'],
    ]);
    assert.deepEqual(doc.errors[0].span, { start: 0, end: '\ufeff[DEFAULT]'.length });
    assert.deepEqual(doc.sections, []);
  });

  test('a BOM before a comment makes it an assignment line, and before a key it is part of the key', () => {
    const doc1 = parseConf('\ufeff# comment\n[DEFAULT]\n');
    assert.deepEqual(errorsOf(doc1), [[NO_SEP, '\ufeff# comment']]);
    const doc2 = parseConf('\ufeffkey = v\n[DEFAULT]\n');
    assert.equal(doc2.entries[0].key, '\ufeffkey');
    assert.deepEqual(doc2.entries[0].keySpan, { start: 0, end: 4 });
  });
});

describe('line endings', () => {
  test('CRLF: values and spans exclude \\r; nextLineStart is after \\r\\n', () => {
    const t = '[DEFAULT]\r\nfoo = bar\r\nbaz = qux\r\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(doc.sections[0].headerSpan, spanOf(t, '[DEFAULT]'));
    checkEntry(doc, doc.entries[0], {
      key: 'foo',
      value: 'bar',
      keySpan: spanOf(t, 'foo'),
      valueSpan: spanOf(t, 'bar'),
      span: spanOf(t, 'foo = bar'),
      nextLineStart: after(t, 'bar\r\n'),
      separator: '=',
      separatorOffset: spanOf(t, '=').start,
    });
    checkEntry(doc, doc.entries[1], {
      key: 'baz',
      value: 'qux',
      keySpan: spanOf(t, 'baz'),
      valueSpan: spanOf(t, 'qux'),
      span: spanOf(t, 'baz = qux'),
      nextLineStart: t.length,
      separator: '=',
      separatorOffset: spanOf(t, '=', 1).start,
    });
  });

  test('CRLF multi-line values are joined with \\n', () => {
    const t = '[DEFAULT]\r\nfoo = a\r\n  b\r\n\tc\r\n\r\n  d\r\n';
    const doc = parseConf(t);
    assert.deepEqual(triples(doc), [['DEFAULT', 'foo', 'a\nb\nc']]);
    assert.equal(at(t, doc.entries[0].valueSpan), 'a\r\n  b\r\n\tc');
    assert.equal(doc.entries[0].nextLineStart, after(t, '\tc\r\n'));
    assert.deepEqual(errorsOf(doc), [[CONTINUATION, 'd']]);
  });

  test('lone CR line endings split lines like universal newlines', () => {
    const t = '[DEFAULT]\rfoo = a\r  b\rbar = c\r\r  d\r';
    const doc = parseConf(t);
    assert.deepEqual(triples(doc), [
      ['DEFAULT', 'foo', 'a\nb'],
      ['DEFAULT', 'bar', 'c'],
    ]);
    assert.deepEqual(errorsOf(doc), [[CONTINUATION, 'd']]);
    assert.deepEqual(doc.entries[0].span, spanOf(t, 'foo = a\r  b'));
    assert.equal(doc.entries[0].nextLineStart, spanOf(t, 'bar').start);
    assert.equal(doc.entries[1].nextLineStart, after(t, 'bar = c\r'));
    assert.equal(doc.sections[0].name, 'DEFAULT');
  });

  test('\\r\\r\\n is a CR line then a CRLF line: the blank line between ends the value', () => {
    const t = '[DEFAULT]\nfoo = a\r\r\n  b\n';
    const doc = parseConf(t);
    assert.deepEqual(triples(doc), [['DEFAULT', 'foo', 'a']]);
    assert.deepEqual(errorsOf(doc), [[CONTINUATION, 'b']]);
  });

  test('mixed line endings in one file', () => {
    const t = '[a]\r\nx = 1\ry = 2\nz = 3';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), []);
    assert.deepEqual(triples(doc), [
      ['a', 'x', '1'],
      ['a', 'y', '2'],
      ['a', 'z', '3'],
    ]);
    assert.equal(doc.entries[2].nextLineStart, t.length);
  });

  test('\\v, \\f, \\x85 and \\u2028 are not line breaks (inside a value they are kept)', () => {
    for (const ch of ['\v', '\f', '\x85', '\u2028']) {
      const t = `[DEFAULT]\nfoo = a${ch}b = c\n`;
      const doc = parseConf(t);
      assert.deepEqual(errorsOf(doc), [], JSON.stringify(ch));
      assert.deepEqual(triples(doc), [['DEFAULT', 'foo', `a${ch}b = c`]], JSON.stringify(ch));
    }
  });
});

describe('error recovery (unlike oslo, parsing goes on after an error)', () => {
  test('errors on several lines are all reported in order and later entries are parsed', () => {
    const t = [
      '  orphan', // Unexpected continuation line
      '[DEFAULT]',
      'novalue', // No ':' or '='
      '= v', // Key cannot be empty
      'good = 1',
      '[]', // Empty section name
      '[bad', // Invalid section
      'other = 2',
      '  more',
      '',
      '  dangling', // Unexpected continuation line
      '[x] # c', // Invalid section
      '[x]',
      'last: 3',
    ].join('\n');
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [
      [CONTINUATION, 'orphan'],
      [NO_SEP, 'novalue'],
      [EMPTY_KEY, '= v'],
      [EMPTY_SECTION, '[]'],
      [BAD_SECTION, '[bad'],
      [CONTINUATION, 'dangling'],
      [BAD_SECTION, '[x] # c'],
    ]);
    const spans = doc.errors.map((e) => e.span);
    assert.deepEqual(spans[0], spanOf(t, 'orphan'));
    assert.deepEqual(spans[1], spanOf(t, 'novalue'));
    assert.deepEqual(spans[2], spanOf(t, '= v'));
    assert.deepEqual(spans[3], spanOf(t, '[]'));
    assert.deepEqual(spans[4], spanOf(t, '[bad'));
    assert.deepEqual(spans[5], spanOf(t, 'dangling'));
    assert.deepEqual(spans[6], spanOf(t, '[x] # c'));
    assert.deepEqual(triples(doc), [
      ['DEFAULT', 'good', '1'],
      // An invalid header opens nothing: the previous section stays current.
      ['DEFAULT', 'other', '2\nmore'],
      ['x', 'last', '3'],
    ]);
    assert.deepEqual(doc.sections.map((s) => s.name), ['DEFAULT', 'x']);
    checkEntry(doc, doc.entries[1], {
      key: 'other',
      value: '2\nmore',
      keySpan: spanOf(t, 'other'),
      valueSpan: spanOf(t, '2\n  more'),
      span: spanOf(t, 'other = 2\n  more'),
      nextLineStart: after(t, '  more\n'),
      separator: '=',
      separatorOffset: spanOf(t, 'other =').end - 1,
    });
    checkEntry(doc, doc.entries[2], {
      key: 'last',
      value: '3',
      keySpan: spanOf(t, 'last'),
      valueSpan: { start: t.length - 1, end: t.length },
      span: spanOf(t, 'last: 3'),
      nextLineStart: t.length,
      separator: ':',
      separatorOffset: spanOf(t, 'last:').end - 1,
    });
  });

  test('a continuation line after a failed assignment is an error (no key is pending)', () => {
    const t = '[DEFAULT]\nbroken\n  tail\n= x\n  tail2\nok = 1\n';
    const doc = parseConf(t);
    assert.deepEqual(errorsOf(doc), [
      [NO_SEP, 'broken'],
      [CONTINUATION, 'tail'],
      [EMPTY_KEY, '= x'],
      [CONTINUATION, 'tail2'],
    ]);
    assert.deepEqual(triples(doc), [['DEFAULT', 'ok', '1']]);
  });

  test('never throws, and spans stay consistent, on random input', () => {
    // Deterministic xorshift PRNG so a failure is reproducible.
    let seed = 0x9e3779b9;
    const rnd = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const alphabet = ['a', 'b', ' ', '\t', '=', ':', '[', ']', '#', ';', '"', "'", '\n', '\r', '\r\n', '\\', '\ufeff', '\xa0', '\f', 'é', '\u{1F600}'];
    for (let iter = 0; iter < 3000; iter++) {
      let t = '';
      const len = rnd(60);
      for (let i = 0; i < len; i++) t += alphabet[rnd(alphabet.length)];
      let doc: ConfDocument;
      try {
        doc = parseConf(t);
      } catch (e) {
        assert.fail(`parseConf threw on ${JSON.stringify(t)}: ${String(e)}`);
      }
      const ok = (s: Span) => 0 <= s.start && s.start <= s.end && s.end <= t.length;
      for (const e of doc.entries) {
        const ctx = JSON.stringify(t);
        assert.ok(ok(e.keySpan) && ok(e.valueSpan) && ok(e.span), ctx);
        assert.equal(at(t, e.keySpan), e.key, ctx);
        assert.ok(e.key.length > 0, ctx);
        assert.equal(t[e.separatorOffset], e.separator, ctx);
        assert.ok(e.span.start <= e.keySpan.start && e.keySpan.end <= e.separatorOffset, ctx);
        assert.ok(e.separatorOffset < e.valueSpan.start, ctx);
        assert.ok(e.valueSpan.end <= e.span.end && e.span.end <= e.nextLineStart, ctx);
        assert.ok(!e.value.includes('\r'), ctx);
        if (e.section) assert.ok(e.section.entries.includes(e), ctx);
      }
      for (const s of doc.sections) {
        assert.equal(`[${at(t, s.nameSpan)}]`, at(t, s.headerSpan));
        assert.equal(at(t, s.nameSpan), s.name);
      }
      for (const err of doc.errors) {
        assert.ok(ok(err.span), JSON.stringify(t));
        assert.ok(err.span.end > err.span.start, `error span is not empty: ${JSON.stringify(t)}`);
      }
    }
  });
});
