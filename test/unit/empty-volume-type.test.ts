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
