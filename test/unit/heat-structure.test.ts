import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

describe('invalid-template-version', () => {
  const RULE = 'invalid-template-version';

  test('an OpenStack release name is reported on the value, fixed to the newest version that release knows', () => {
    const { text, diagnostics } = lintFixture('heat/invalid-template-version-bad.yaml');
    const [d, ...rest] = only(diagnostics, RULE);
    assert.equal(rest.length, 0);
    assert.deepEqual(d.range, rangeOf(text, '2023.1'));
    assert.equal(d.severity, 'error');
    assert.match(d.message, /'2023\.1' is not a HOT version/);
    assert.equal(d.fixes[0].title, 'Change to wallaby (the newest version Heat of 2023.1 knows)');
    const fixed = applyFix(text, d);
    assert.equal(fixed, text.replace('heat_template_version: 2023.1', 'heat_template_version: wallaby'));
    assert.deepEqual(lintText('t.yaml', fixed), []);
  });

  test('typos get the closest value; an unknown date the newest version before it; stein the rocky alias', () => {
    const fixOf = (value: string) => {
      const [d] = only(lintText('t.yaml', `heat_template_version: ${value}\nresources: {}\n`), RULE);
      return d.fixes[0]?.edits[0].newText;
    };
    assert.equal(fixOf('2016-10-41'), '2016-10-14');
    assert.equal(fixOf('2019-06-01'), '2018-08-31');
    assert.equal(fixOf('stein'), 'rocky');
    assert.equal(fixOf('kilo'), '2015-04-30');
  });

  test('a version newer than the Heat of the release in force is reported; older releases get the newest they know', () => {
    const text = 'heat_template_version: 2021-04-16\nresources: {}\n';
    const [d] = only(lintText('t.yaml', text, { release: 'victoria' }), RULE);
    assert.deepEqual(d.range, rangeOf(text, '2021-04-16'));
    assert.match(d.message, /came with OpenStack Wallaby; Heat of victoria does not know it/);
    assert.equal(applyFix(text, d), 'heat_template_version: rocky\nresources: {}\n');
    assert.deepEqual(only(lintText('t.yaml', text, { release: 'wallaby' }), RULE), []);
  });

  test('an empty version is reported without a fix', () => {
    const text = 'heat_template_version:\nresources: {}\n';
    const found = only(lintText('t.yaml', text), RULE);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].fixes, []);
  });

  test('a valid alias gets nothing', () => {
    assert.deepEqual(lintFixture('heat/invalid-template-version-good.yaml').diagnostics, []);
  });
});

describe('unknown-template-section', () => {
  const RULE = 'unknown-template-section';

  test('reports CloudFormation spellings, unknown keys and sections of newer versions, on the key', () => {
    const { text, diagnostics } = lintFixture('heat/unknown-template-section-bad.yaml');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => d.range), [rangeOf(text, 'Parameters'), rangeOf(text, 'conditions'), rangeOf(text, 'mappings')]);
    assert.match(found[1].message, /'conditions' needs heat_template_version 2016-10-14 or newer; with 2015-04-30/);
    assert.deepEqual(found[2].fixes, []);
  });

  test('fixes: rename to the closest section; raise the version for conditions', () => {
    const { text, diagnostics } = lintFixture('heat/unknown-template-section-bad.yaml');
    const [cfn, conditions] = only(diagnostics, RULE);
    assert.equal(applyFix(text, cfn), text.replace('Parameters:', 'parameters:'));
    assert.equal(conditions.fixes[0].title, 'Use heat_template_version 2016-10-14 (it has the section conditions)');
    const raised = applyFix(text, conditions, /heat_template_version/);
    assert.equal(raised, text.replace('2015-04-30', '2016-10-14'));
    assert.deepEqual(only(lintText('t.yaml', raised), RULE).map((d) => d.message.split(' ')[0]), ["'Parameters'", "'mappings'"]);
  });

  test('no version raise that would drop a function the template uses (Fn::Select ends with 2015-04-30)', () => {
    const text = [
      'heat_template_version: 2015-04-30',
      'conditions: {}',
      'resources:',
      '  v:',
      '    type: OS::Heat::Value',
      '    properties:',
      '      value: {Fn::Select: [0, [a]]}',
      '',
    ].join('\n');
    const [d] = only(lintText('t.yaml', text), RULE);
    assert.deepEqual(d.fixes, []);
  });

  test('every section of 2016-10-14 is accepted', () => {
    assert.deepEqual(lintFixture('heat/unknown-template-section-good.yaml').diagnostics, []);
  });
});

describe('unknown-resource-key', () => {
  const RULE = 'unknown-resource-key';

  test('reports misspelt, CloudFormation and too-new keywords on the key', () => {
    const { text, diagnostics } = lintFixture('heat/unknown-resource-key-bad.yaml');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => d.range), [rangeOf(text, 'Properties'), rangeOf(text, 'dependsOn'), rangeOf(text, 'condition'), rangeOf(text, 'colour')]);
    assert.deepEqual(found.map((d) => d.fixes.map((f) => f.title)), [
      ["Change to 'properties'"],
      ["Change to 'depends_on'"],
      ['Use heat_template_version 2016-10-14 (it has the resource keyword condition)'],
      [],
    ]);
  });

  test('renaming Properties makes the resource and its properties checked again', () => {
    const { text, diagnostics } = lintFixture('heat/unknown-resource-key-bad.yaml');
    const fixed = applyFix(text, only(diagnostics, RULE)[0]);
    assert.equal(fixed, text.replace('    Properties:', '    properties:'));
    assert.deepEqual(only(lintText('t.yaml', fixed), 'missing-required-property'), []);
  });

  test('every resource keyword of 2016-10-14 is accepted', () => {
    assert.deepEqual(lintFixture('heat/unknown-resource-key-good.yaml').diagnostics, []);
  });
});
