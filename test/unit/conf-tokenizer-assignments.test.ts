/**
 * oslo.config INI tokenizer: assignments, quote stripping and keys before any section (rule 2.7), against shared/facts/oslo_ini.md.
 * Every span is checked by exact offsets and by the text it covers.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseConf } from '../../server/src/engine/languages/conf/tokenizer';
import { NO_SEP, EMPTY_KEY, NO_SECTION, at, spanOf, errorsOf, triples, checkEntry, valueOf } from '../support/conf-tokens';

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
