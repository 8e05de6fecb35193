import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixAll } from '../../server/src/engine/core/fix';
import type { Diagnostic } from '../../server/src/engine/core/types';
import { applyFix, lintFixture, lintText, rangeOf, readFixture } from '../support/fixtures';

const RULE = 'unused-suppression';
/** The rules the fixtures exercise; rules added later must not disturb these tests. */
const WATCHED = new Set([RULE, 'auth-uri-deprecated', 'conf-syntax', 'undefined-parameter', 'empty-volume-type']);

const watched = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => WATCHED.has(d.rule));
const summary = (diagnostics: Diagnostic[]) => watched(diagnostics).map((d) => [d.rule, d.range]);

describe('suppression comments: magnum.conf', () => {
  test('good fixture: next-line comments (# and ;) suppress their rules, nothing is left unused', () => {
    assert.deepEqual(watched(lintFixture('suppress/good.conf').diagnostics), []);
    const text = readFixture('suppress/good.conf');
    const unsuppressed = text.replace(/^[#;] magnum-heat-disable.*\n/gm, '');
    assert.deepEqual(watched(lintText('magnum.conf', unsuppressed)).map((d) => d.rule), ['auth-uri-deprecated', 'conf-syntax'], 'the fixture really has findings to suppress');
  });

  test('bad fixture: unused and misspelt suppressions are hints on the rule name; an indented comment is no comment', () => {
    const { text, diagnostics } = lintFixture('suppress/bad.conf');
    assert.deepEqual(summary(diagnostics), [
      [RULE, rangeOf(text, 'auth-uri-deprecated')],
      [RULE, rangeOf(text, 'auth-uri-deprecatd')],
      ['auth-uri-deprecated', rangeOf(text, 'auth_uri', 0)],
      ['auth-uri-deprecated', rangeOf(text, 'auth_uri', 1)],
    ]);
    const [unused, typo] = diagnostics.filter((d) => d.rule === RULE);
    assert.equal(unused.severity, 'hint');
    assert.deepEqual(unused.tags, ['unnecessary']);
    assert.equal(unused.message, "'auth-uri-deprecated' is not reported on the next line: the suppression is unused.");
    assert.equal(typo.message, "'auth-uri-deprecatd' is not a magnum-heat rule, so this suppression has no effect. Did you mean 'auth-uri-deprecated'?");
  });

  test('the preferred fix deletes an unused comment line; a misspelt rule can be corrected', () => {
    const { text, diagnostics } = lintFixture('suppress/bad.conf');
    const [unused, typo] = diagnostics.filter((d) => d.rule === RULE);
    assert.equal(applyFix(text, unused), text.replace('# magnum-heat-disable-next-line auth-uri-deprecated\n', ''));
    assert.equal(typo.fixes.some((f) => f.isPreferred), false, 'a typo is never fixed silently');
    const corrected = applyFix(text, typo, /^Change to 'auth-uri-deprecated'/);
    assert.deepEqual(watched(lintText('magnum.conf', corrected)).filter((d) => d.range.start.line === 4), []);
  });

  test('a list names several rules; the unused one is removed with its comma, the reason stays', () => {
    const text = '[keystone_authtoken]\n# magnum-heat-disable-next-line auth-uri-deprecated, conf-syntax -- Rocky\nauth_uri = http://k:5000/v3\n';
    const diagnostics = lintText('magnum.conf', text);
    assert.deepEqual(summary(diagnostics), [[RULE, rangeOf(text, 'conf-syntax')]]);
    assert.equal(applyFix(text, diagnostics.find((d) => d.rule === RULE)!), text.replace(', conf-syntax', ''));
  });

  test('stacked next-line comments all apply to the first line below them', () => {
    const text = '[keystone_authtoken]\n# magnum-heat-disable-next-line auth-uri-deprecated\n# magnum-heat-disable-next-line auth-uri-deprecated -- twice\nauth_uri = http://k:5000/v3\n';
    assert.deepEqual(watched(lintText('magnum.conf', text)), []);
  });

  test('a file comment covers every line; a comment without rules covers every rule', () => {
    const file = '# magnum-heat-disable auth-uri-deprecated\n[keystone_authtoken]\nauth_uri = http://a:5000\n[keystone_authtoken]\nauth_uri = http://b:5000\n';
    assert.deepEqual(watched(lintText('magnum.conf', file)), []);
    const all = '[keystone_authtoken]\n# magnum-heat-disable-next-line\nauth_uri = http://a:5000\nauth_uri = http://b:5000\n';
    assert.deepEqual(summary(lintText('magnum.conf', all)), [['auth-uri-deprecated', rangeOf(all, 'auth_uri', 1)]]);
  });

  test('INI has no end-of-line comments: disable-line after a value is part of the value', () => {
    const text = '[keystone_authtoken]\nauth_uri = http://k:5000 # magnum-heat-disable-line auth-uri-deprecated\n';
    assert.deepEqual(summary(lintText('magnum.conf', text)), [['auth-uri-deprecated', rangeOf(text, 'auth_uri')]]);
  });

  test('the rules setting turns unused-suppression off or changes its severity; it cannot suppress itself', () => {
    const text = '[DEFAULT]\n# magnum-heat-disable unused-suppression, conf-syntax\n';
    assert.deepEqual(watched(lintText('magnum.conf', text, { rules: { [RULE]: 'off' } })), []);
    const found = watched(lintText('magnum.conf', text, { rules: { [RULE]: 'warning' } }));
    assert.deepEqual(found.map((d) => [d.severity, d.range]), [['warning', rangeOf(text, 'unused-suppression')], ['warning', rangeOf(text, 'conf-syntax')]]);
  });
});

describe('suppression comments: Heat YAML', () => {
  test('good fixture: file, next-line (indented) and end-of-line comments', () => {
    assert.deepEqual(watched(lintFixture('suppress/good.yaml').diagnostics), []);
    const text = readFixture('suppress/good.yaml');
    const unsuppressed = text.replace(/ *# magnum-heat-disable.*$/gm, '');
    assert.deepEqual(watched(lintText('t.yaml', unsuppressed)).map((d) => d.rule), ['undefined-parameter', 'undefined-parameter', 'empty-volume-type']);
  });

  test('bad fixture: comments inside block scalars and strings are not comments; disable-line on its own line covers nothing', () => {
    const { text, diagnostics } = lintFixture('suppress/bad.yaml');
    assert.deepEqual(summary(diagnostics), [
      ['undefined-parameter', rangeOf(text, 'image', 1)],
      [RULE, rangeOf(text, 'undefined-parameter', 2)],
      [RULE, rangeOf(text, 'undefined-parameter', 3)],
      ['undefined-parameter', rangeOf(text, 'key', 1)],
    ]);
    const ownLine = diagnostics.filter((d) => d.rule === RULE)[1];
    assert.match(ownLine.message, /covers only its own line; put disable-next-line above the line instead\.$/);
  });

  test('removing an end-of-line comment keeps the line and drops the blanks before it', () => {
    const { text, diagnostics } = lintFixture('suppress/bad.yaml');
    const [endOfLine] = diagnostics.filter((d) => d.rule === RULE);
    assert.equal(applyFix(text, endOfLine), text.replace('m1.small  # magnum-heat-disable-line undefined-parameter', 'm1.small'));
  });

  test('a last line without a line break is removed with the break before it', () => {
    const text = 'heat_template_version: 2018-08-31\nresources: {}\n# magnum-heat-disable-next-line undefined-parameter';
    const [unused] = lintText('t.yaml', text);
    assert.equal(applyFix(text, unused), 'heat_template_version: 2018-08-31\nresources: {}');
  });

  test('fixing everything removes unused suppressions and keeps the used ones', () => {
    const text = readFixture('suppress/bad.yaml');
    const fixed = fixAll(text, (t) => lintText('t.yaml', t));
    assert.equal(fixed.includes('flavor: m1.small\n'), true);
    assert.equal(fixed.includes('      # magnum-heat-disable-line undefined-parameter\n'), false);
    assert.deepEqual(watched(lintText('t.yaml', fixed)).filter((d) => d.rule === RULE), []);
  });
});
