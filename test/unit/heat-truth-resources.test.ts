import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { LineIndex } from '../../server/src/engine';
import { applyFix, fixturePath, lintFixture, lintText, only } from '../support/fixtures';
import { CREATE_ORACLE, heatAvailable, heatVerdicts, VALIDATE_ORACLE } from '../support/heat-oracle';

// Issue 13, resources: update_policy keys per type, OS::Cinder::Volume's size-or-source check on create,
// and a function the HOT version lacks feeding a typed property. Every case carries Heat's verdict.

interface Case {
  rule: string;
  /** Which Heat check judges it: `template validate`, or stack create (the type's own validate() too). */
  oracle: 'validate' | 'create';
  rejected: boolean;
  text: string;
}

const hot = (version: string, resources: string) => `heat_template_version: ${version}\nresources:\n${resources}`;
const group = (policy: string) => hot('2018-08-31', `  g:\n    type: OS::Heat::ResourceGroup\n    properties:\n      resource_def: {type: OS::Heat::None}\n    update_policy: ${policy}\n`);
const volume = (properties: string) => hot('2018-08-31', `  v:\n    type: OS::Cinder::Volume\n    properties: ${properties}\n`);
const config = (version: string, properties: string) => hot(version, `  c:\n    type: OS::Heat::SoftwareConfig\n    properties: ${properties}\n`);

const CASES: Case[] = [
  { rule: 'invalid-update-policy', oracle: 'validate', rejected: true, text: group('{rolling_updates: {max_batch_size: 1}}') },
  { rule: 'invalid-update-policy', oracle: 'validate', rejected: true, text: group('{rolling_update: {max_batch_size: abc}}') },
  { rule: 'invalid-update-policy', oracle: 'validate', rejected: true, text: group('{rolling_update: {min_in_service: -1}}') },
  { rule: 'invalid-update-policy', oracle: 'validate', rejected: true, text: group('{rolling_update: {max_batch_size: 2, bogus: 1}}') },
  { rule: 'invalid-update-policy', oracle: 'validate', rejected: true, text: group('{rolling_update: [1]}') },
  { rule: 'invalid-update-policy', oracle: 'validate', rejected: true, text: group('[rolling_update]') },
  { rule: 'invalid-update-policy', oracle: 'validate', rejected: true, text: group('') },
  { rule: 'invalid-update-policy', oracle: 'validate', rejected: false, text: group('{}') },
  { rule: 'invalid-update-policy', oracle: 'validate', rejected: false, text: group('{rolling_update: {max_batch_size: "3", pause_time: 1.5}, batch_create: {max_batch_size: 1}}') },
  { rule: 'invalid-update-policy', oracle: 'validate', rejected: true, text: hot('2018-08-31', '  n:\n    type: OS::Heat::None\n    update_policy: {foo: bar}\n') },
  { rule: 'invalid-update-policy', oracle: 'validate', rejected: true, text: hot('2018-08-31', '  a:\n    type: OS::Heat::AutoScalingGroup\n    properties: {min_size: 1, max_size: 2, resource: {type: OS::Heat::None}}\n    update_policy: {rolling_updates: {max_batch_size: 1}}\n') },
  { rule: 'invalid-property-combination', oracle: 'create', rejected: true, text: volume('{name: data}') },
  { rule: 'invalid-property-combination', oracle: 'create', rejected: true, text: volume('{image: cirros}') },
  { rule: 'invalid-property-combination', oracle: 'create', rejected: true, text: volume('{snapshot_id: s, source_volid: v}') },
  { rule: 'invalid-property-combination', oracle: 'create', rejected: true, text: volume('{size: 1, snapshot_id: s, source_volid: v}') },
  { rule: 'invalid-property-combination', oracle: 'create', rejected: true, text: volume('{image: cirros, snapshot_id: s}') },
  { rule: 'invalid-property-combination', oracle: 'create', rejected: false, text: volume('{snapshot_id: s}') },
  { rule: 'invalid-property-combination', oracle: 'create', rejected: false, text: volume('{source_volid: v}') },
  { rule: 'invalid-property-combination', oracle: 'create', rejected: false, text: volume('{backup_id: b}') },
  { rule: 'invalid-property-combination', oracle: 'create', rejected: false, text: volume('{size: 1, image: cirros}') },
  // an adopted volume: stack create only looks it up in Cinder (which the oracle cannot), never runs the volume's check
  { rule: 'invalid-property-combination', oracle: 'validate', rejected: false, text: hot('2018-08-31', '  v:\n    type: OS::Cinder::Volume\n    external_id: 5a2b\n') },
  { rule: 'function-unavailable', oracle: 'validate', rejected: true, text: config('2014-10-16', "{config: {str_split: [',', 'a,b', 0]}}") },
  { rule: 'function-unavailable', oracle: 'validate', rejected: true, text: config('2016-10-14', '{config: {equals: [a, b]}}') },
  { rule: 'function-unavailable', oracle: 'validate', rejected: true, text: volume('{size: {str_split: [",", "1,2", 0]}}').replace('2018-08-31', '2014-10-16') },
  { rule: 'function-unavailable', oracle: 'validate', rejected: true, text: hot('2015-10-15', '  s:\n    type: OS::Nova::Server\n    properties: {image: x, flavor: y, networks: [{if: [c, a, b]}]}\n') },
  { rule: 'function-unavailable', oracle: 'validate', rejected: false, text: config('2014-10-16', "{options: {str_split: [',', 'a,b', 0]}}") },
  { rule: 'function-unavailable', oracle: 'validate', rejected: false, text: hot('2015-10-15', '  v:\n    type: OS::Heat::Value\n    properties: {value: {if: [c, 1, 2]}}\n') },
  { rule: 'function-unavailable', oracle: 'validate', rejected: false, text: hot('2015-10-15', '  g:\n    type: OS::Heat::ResourceGroup\n    properties:\n      resource_def: {type: OS::Cinder::Volume, properties: {size: {if: [c, 1, 2]}}}\n') },
];

describe('Heat truth on resources: each case as Heat judges it', () => {
  CASES.forEach(({ rule, rejected, text }, i) => {
    test(`case ${i}: ${rule} ${rejected ? 'reports an error' : 'reports no error'}`, () => {
      const errors = only(lintText('t.yaml', text), rule).filter((d) => d.severity === 'error');
      assert.equal(errors.length > 0, rejected, `${text}\n${JSON.stringify(errors.map((d) => d.message))}`);
    });
  });

  test('Heat gives every case the verdict the linter assumes', { skip: !heatAvailable() && 'python3-heat or the shared oracle is missing' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'magnum-heat-resources-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const files = CASES.map(({ text }, i) => {
      const file = join(dir, `case-${i}.yaml`);
      writeFileSync(file, text);
      return file;
    });
    for (const oracle of ['validate', 'create'] as const) {
      const chosen = CASES.map((c, i) => [c, i] as const).filter(([c]) => c.oracle === oracle);
      const verdicts = heatVerdicts(oracle === 'validate' ? VALIDATE_ORACLE : CREATE_ORACLE, chosen.map(([, i]) => files[i]));
      chosen.forEach(([c, i], k) => assert.match(verdicts[k], c.rejected ? / ERR / : / OK$/, `case ${i}: ${verdicts[k]}`));
    }
  });
});

describe('Heat truth on resources: fixtures', () => {
  /** fixture, rule, text around the finding (past the verdict comments), the text reported, the message. */
  const FIXTURES: Array<[string, string, string, string, string]> = [
    ['invalid-update-policy-bad', 'invalid-update-policy', 'rolling_updates', 'rolling_updates',
      "The update_policy of OS::Heat::ResourceGroup has no key 'rolling_updates' (did you mean 'rolling_update'?); it takes batch_create, rolling_update. Heat rejects the template."],
    ['invalid-update-policy-value-bad', 'invalid-update-policy', 'max_batch_size: 0', '0',
      "update_policy 'batch_create.max_batch_size' of OS::Heat::ResourceGroup must be at least 1, not 0. Heat rejects the template."],
    ['invalid-property-combination-bad', 'invalid-property-combination', 'image:', 'image',
      "OS::Cinder::Volume 'boot_volume' has no 'size': a volume made from an image needs one (only a snapshot_id, source_volid or backup_id source brings its own). Heat fails the stack create."],
    ['function-unavailable-typed-bad', 'function-unavailable', '{str_split', 'str_split',
      "str_split is a function only from HOT 2015-10-15 on: with 2014-10-16 Heat takes this map as plain data, and OS::Heat::SoftwareConfig property 'config' must be a string. Heat rejects the template."],
  ];
  for (const [fixture, rule, context, needle, message] of FIXTURES) {
    test(`${fixture}: exactly one error, ${rule}, on '${needle}'`, () => {
      const { text, diagnostics } = lintFixture(`heat/${fixture}.yaml`);
      const start = text.indexOf(needle, text.indexOf(context, text.indexOf('heat_template_version')));
      const range = new LineIndex(text).rangeOf({ start, end: start + needle.length });
      assert.deepEqual(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.message, d.range]), [[rule, message, range]]);
    });
  }

  test('good fixtures: no error; the unavailable function Heat passes on to a map property stays a warning', () => {
    for (const name of ['invalid-update-policy-good', 'invalid-property-combination-good']) {
      assert.deepEqual(lintFixture(`heat/${name}.yaml`).diagnostics, [], name);
    }
    const good = lintFixture('heat/function-unavailable-typed-good.yaml').diagnostics;
    assert.deepEqual(good.map((d) => [d.rule, d.severity]), [['function-unavailable', 'warning']]);
  });

  test('the misspelt update_policy key is renamed by its fix', () => {
    const { text, diagnostics } = lintFixture('heat/invalid-update-policy-bad.yaml');
    const fixed = applyFix(text, only(diagnostics, 'invalid-update-policy')[0]);
    assert.ok(fixed.includes('      rolling_update: {max_batch_size: 1}\n'));
    assert.deepEqual(lintText('t.yaml', fixed), []);
  });

  test('a property written into update_policy is named as one', () => {
    const [found] = only(lintText('t.yaml', CASES[10].text), 'invalid-update-policy');
    assert.equal(found.message, "OS::Heat::AutoScalingGroup takes no update_policy keys, so 'rolling_updates' is refused ('rolling_updates' is a property of OS::Heat::AutoScalingGroup: it goes under properties). Heat rejects the template.");
  });

  test('Heat: template validate passes the sizeless volume, stack create refuses it; the other fixtures as their first line says', { skip: !heatAvailable() && 'python3-heat or the shared oracle is missing' }, () => {
    const path = (name: string) => fixturePath(`heat/${name}.yaml`);
    const validate = heatVerdicts(VALIDATE_ORACLE, ['invalid-property-combination-bad', 'invalid-update-policy-bad', 'invalid-update-policy-value-bad', 'function-unavailable-typed-bad', 'invalid-update-policy-good', 'function-unavailable-typed-good'].map(path));
    validate.forEach((line, i) => assert.match(line, i === 0 || i >= 4 ? / OK$/ : / ERR /, line));
    const create = heatVerdicts(CREATE_ORACLE, ['invalid-property-combination-bad', 'invalid-property-combination-good'].map(path));
    assert.match(create[0], / ERR StackValidationFailed If neither "backup_id" nor "size" is provided/);
    assert.match(create[1], / OK$/);
  });
});
