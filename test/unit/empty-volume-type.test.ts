import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'empty-volume-type';

describe(RULE, () => {
  test('reports a volume_type fed by an empty parameter default, and an empty literal', () => {
    const { text, diagnostics } = lintFixture('heat/empty-volume-type-bad.yaml');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => d.range), [rangeOf(text, '{get_param: docker_volume_type}'), rangeOf(text, "''")]);
    assert.match(found[0].message, /parameter 'docker_volume_type', whose default is empty/);
    assert.match(found[1].message, /volume_type is empty/);
  });

  test('the preferred fix removes the volume_type line', () => {
    const { text, diagnostics } = lintFixture('heat/empty-volume-type-bad.yaml');
    const fixed = applyFix(text, only(diagnostics, RULE)[0]);
    assert.equal(fixed, text.replace('      volume_type: {get_param: docker_volume_type}\n', ''));
    assert.equal(only(lintText('t.yaml', fixed), RULE).length, 1);
  });

  test('the guard fix adds a condition and passes the type only when it is set', () => {
    const { text, diagnostics } = lintFixture('heat/empty-volume-type-bad.yaml');
    const finding = only(diagnostics, RULE)[0];
    const fixed = applyFix(text, finding, /^Pass volume_type only/);
    assert.equal(fixed, text
      .replace('resources:\n', 'conditions:\n  docker_volume_type_set:\n    not:\n      equals:\n        - get_param: docker_volume_type\n        - ""\n\nresources:\n')
      .replace('volume_type: {get_param: docker_volume_type}', 'volume_type: {if: [docker_volume_type_set, {get_param: docker_volume_type}, null]}'));
    const after = lintText('t.yaml', fixed);
    assert.deepEqual(only(after, RULE).map((d) => d.range), [rangeOf(fixed, "''")]);
    assert.deepEqual(only(after, 'yaml-syntax'), []);
  });

  test('the guard fix is not offered before HOT 2016-10-14 (no conditions)', () => {
    const text = lintFixture('heat/empty-volume-type-bad.yaml').text.replace('2018-08-31', '2015-10-15');
    const [finding] = only(lintText('t.yaml', text), RULE);
    assert.deepEqual(finding.fixes.map((f) => f.title), ['Remove volume_type (Cinder then uses its default volume type)']);
  });

  test('a non-empty default, no default, or another resource type is not reported', () => {
    assert.deepEqual(lintFixture('heat/empty-volume-type-good.yaml').diagnostics, []);
  });
});

test('empty-volume-type: a literal null volume_type is not reported (Heat treats null as not given)', () => {
  const text = 'heat_template_version: 2018-08-31\nresources:\n  v:\n    type: OS::Cinder::Volume\n    properties:\n      size: 1\n      volume_type:\n';
  assert.deepEqual(only(lintText('t.yaml', text), 'empty-volume-type'), []);
});

describe(`${RULE}: YAML merge keys, as Heat's loader applies them`, () => {
  const TEMPLATE = [
    'heat_template_version: 2018-08-31',
    'resources:',
    '  defaults:',
    '    type: OS::Heat::None',
    '    properties: &volume_defaults',
    '      volume_type: ""',
    '      size: 1',
    '  data:',
    '    type: OS::Cinder::Volume',
    '    properties:',
    '      <<: *volume_defaults',
    '      size: 10',
    '',
  ].join('\n');

  test('an empty volume_type brought in by `<<: *anchor` is reported where it is written, naming the volume', () => {
    const found = only(lintText('t.yaml', TEMPLATE), RULE);
    assert.deepEqual(found.map((d) => d.range), [rangeOf(TEMPLATE, '""')]);
    assert.equal(found[0].message, "The volume_type that 'data' takes from a '<<' merge key is empty: Cinder finds no volume type '' and the stack fails.");
    assert.deepEqual(found[0].fixes, [], 'the anchored map may be shared: no automatic edit');
  });

  test('a volume that sets its own volume_type over the merge is not reported', () => {
    const own = TEMPLATE.replace('      size: 10', '      size: 10\n      volume_type: fast');
    assert.deepEqual(only(lintText('t.yaml', own), RULE), []);
  });

  test('a volume whose own properties are the anchor is reported once, with the fix', () => {
    const text = TEMPLATE.replace('type: OS::Heat::None', 'type: OS::Cinder::Volume');
    const found = only(lintText('t.yaml', text), RULE);
    assert.deepEqual(found.map((d) => d.range), [rangeOf(text, '""')]);
    assert.equal(found[0].message, "volume_type is empty: Cinder finds no volume type '' and the stack fails.");
    assert.equal(found[0].fixes.length, 1);
  });
});
