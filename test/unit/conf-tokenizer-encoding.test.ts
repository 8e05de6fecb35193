/**
 * oslo.config INI tokenizer: BOM, line endings and error recovery, against shared/facts/oslo_ini.md.
 * Every span is checked by exact offsets and by the text it covers.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseConf, type ConfDocument } from '../../server/src/engine/languages/conf/tokenizer';
import type { Span } from '../../server/src/engine/core/text';
import { NO_SEP, EMPTY_KEY, CONTINUATION, BAD_SECTION, EMPTY_SECTION, NO_SECTION, at, spanOf, after, errorsOf, triples, checkEntry } from '../support/conf-tokens';

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
