import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'function-unavailable';

describe(RULE, () => {
  test('reports removed CloudFormation functions, non-condition functions in conditions, newer and condition-only functions', () => {
    const { text, diagnostics } = lintFixture('heat/function-unavailable-bad.yaml');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => [d.range, d.severity]), [
      [rangeOf(text, 'get_attr'), 'error'],
      [rangeOf(text, 'Fn::Join'), 'error'],
      [rangeOf(text, 'Ref'), 'error'],
      [rangeOf(text, 'list_concat'), 'warning'],
      [rangeOf(text, 'equals', 1), 'warning'],
      [rangeOf(text, 'Fn::Base64'), 'error'],
    ]);
    assert.match(found[0].message, /get_attr cannot be used in a condition/);
    assert.match(found[1].message, /HOT 2016-10-14 no longer supports the CloudFormation function Fn::Join \(quick fix: Use list_join\)/);
    assert.match(found[3].message, /list_concat is a function only from HOT 2017-09-01 on/);
  });

  test('Fn::Join becomes list_join, Ref becomes get_param, Fn::Base64 is dropped', () => {
    const { text, diagnostics } = lintFixture('heat/function-unavailable-bad.yaml');
    const [, join, ref, , , base64] = only(diagnostics, RULE);
    assert.equal(applyFix(text, join), text.replace('{Fn::Join:', '{list_join:'));
    assert.equal(applyFix(text, ref), text.replace('{Ref: cluster_name}', '{get_param: cluster_name}'));
    assert.equal(applyFix(text, base64), text.replace('      Fn::Base64: {get_param: cluster_name}', '      {get_param: cluster_name}'));
  });

  test('a function of a newer version: raising the version turns the data back into a call', () => {
    const { text, diagnostics } = lintFixture('heat/function-unavailable-bad.yaml');
    const newer = only(diagnostics, RULE)[3];
    const fixed = applyFix(text, newer, /heat_template_version/);
    assert.equal(fixed, text.replace('heat_template_version: 2016-10-14', 'heat_template_version: 2017-09-01'));
    assert.ok(!only(lintText('t.yaml', fixed), RULE).some((d) => d.message.includes('list_concat')));
  });

  test('Ref of a resource becomes get_resource; Fn::Replace becomes str_replace; Fn::Select has no fix after 2015-04-30', () => {
    const text = [
      'heat_template_version: 2015-10-15',
      'resources:',
      '  port:',
      '    type: OS::Neutron::Port',
      '    properties:',
      '      network: private',
      'outputs:',
      '  port: {value: {Ref: port}}',
      '  text: {value: {Fn::Replace: [{$who: world}, hello $who]}}',
      '  first: {value: {Fn::Select: [0, [a, b]]}}',
      '',
    ].join('\n');
    const [ref, replace, select] = only(lintText('t.yaml', text), RULE);
    assert.equal(applyFix(text, ref), text.replace('{Ref: port}', '{get_resource: port}'));
    assert.equal(applyFix(text, replace), text.replace('{Fn::Replace: [{$who: world}, hello $who]}', '{str_replace: {template: hello $who, params: {$who: world}}}'));
    assert.deepEqual(select.fixes, []);
    assert.deepEqual(select.range, rangeOf(text, 'Fn::Select'));
  });

  test('Fn::Select in 2014-10-16, maps with several keys, and conditions with condition functions are fine', () => {
    assert.deepEqual(lintFixture('heat/function-unavailable-good.yaml').diagnostics, []);
    assert.deepEqual(lintFixture('heat/function-unavailable-conditions-good.yaml').diagnostics, []);
  });
});
