import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'undefined-parameter';

describe(RULE, () => {
  test('reports undeclared names in conditions, resources and outputs, including the list form', () => {
    const { text, diagnostics } = lintFixture('heat/undefined-parameter-bad.yaml');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => d.range), [
      rangeOf(text, 'volume_mode'),
      rangeOf(text, 'image', 1),
      rangeOf(text, 'docker_volume_size'),
      rangeOf(text, 'addresses'),
    ]);
    // issue 13: Heat rejects only what it evaluates; an unused condition and an output are not rejected
    assert.deepEqual(found.map((d) => d.severity), ['warning', 'error', 'error', 'warning']);
    assert.match(found[0].message, /condition 'large_volume' is used by no resource, output or if, so Heat never evaluates it: dead code\.$/);
    assert.match(found[1].message, /'image' is not declared.*Heat rejects the template\.$/);
    assert.match(found[3].message, /Heat accepts the template, but output 'first_address' shows an error instead of a value\.$/);
  });

  test('the fix declares the parameter with a type taken from the property it feeds', () => {
    const { text, diagnostics } = lintFixture('heat/undefined-parameter-bad.yaml');
    const titles = only(diagnostics, RULE).map((d) => d.fixes[0].title);
    assert.deepEqual(titles, [
      "Declare parameter 'volume_mode' (type: string)",
      "Declare parameter 'image' (type: string)",
      "Declare parameter 'docker_volume_size' (type: number)",
      "Declare parameter 'addresses' (type: json)",
    ]);
    const sizeFinding = only(diagnostics, RULE)[2];
    const fixed = applyFix(text, sizeFinding);
    assert.equal(fixed, text.replace('    default: m1.small\n', '    default: m1.small\n  docker_volume_size:\n    type: number\n'));
    assert.deepEqual(only(lintText('t.yaml', fixed), RULE).map((d) => d.message.match(/'(.*?)'/)![1]), ['volume_mode', 'image', 'addresses']);
  });

  test('all fixes together leave no undefined parameter', () => {
    let { text } = lintFixture('heat/undefined-parameter-bad.yaml');
    for (let pass = 0; pass < 5; pass++) {
      const [first] = only(lintText('t.yaml', text), RULE);
      if (!first) break;
      text = applyFix(text, first);
    }
    assert.deepEqual(only(lintText('t.yaml', text), RULE), []);
  });

  test('creates the parameters section before resources when there is none', () => {
    const { text, diagnostics } = lintFixture('heat/undefined-parameter-no-section.yaml');
    const fixed = applyFix(text, only(diagnostics, RULE)[0]);
    assert.equal(fixed, text.replace('resources:\n', 'parameters:\n  image:\n    type: string\n\nresources:\n'));
    assert.deepEqual(lintText('t.yaml', fixed), []);
  });

  test('declared and pseudo parameters are not reported', () => {
    assert.deepEqual(lintFixture('heat/undefined-parameter-good.yaml').diagnostics, []);
  });
});
