/**
 * oslo.config INI tokenizer: section headers and comments (rules 2.5, 2.6), against shared/facts/oslo_ini.md.
 * Every span is checked by exact offsets and by the text it covers.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseConf } from '../../server/src/engine/languages/conf/tokenizer';
import { BAD_SECTION, EMPTY_SECTION, NO_SECTION, spanOf, errorsOf, triples } from '../support/conf-tokens';

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
