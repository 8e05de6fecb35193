/**
 * oslo.config INI tokenizer: trailing whitespace, blank lines and continuation lines (rules 2.1 to 2.3), against shared/facts/oslo_ini.md.
 * Every span is checked by exact offsets and by the text it covers.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseConf } from '../../server/src/engine/languages/conf/tokenizer';
import { NO_SEP, CONTINUATION, at, spanOf, after, errorsOf, triples, checkEntry, valueOf } from '../support/conf-tokens';

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
