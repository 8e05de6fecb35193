import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fixturePath, lintFixture, lintText, REPO_ROOT } from '../support/fixtures';

// Differential test against Heat itself (python3-heat, OpenStack Zed, run offline by the shared oracle):
// every template our error rules flag is one Heat refuses, and the good fixtures are ones it accepts.
const ORACLE = join(REPO_ROOT, '..', 'shared', 'tools', 'heat_oracle.py');

function heatAvailable(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import heat'], { stdio: 'ignore' });
    return existsSync(ORACLE);
  } catch {
    return false;
  }
}

/** One problem each; the rule we expect to report it as an error. */
const REJECTED: Array<[string, string]> = [
  ['invalid-template-version', 'heat_template_version: 2023.1\nresources: {}\n'],
  ['unknown-template-section', 'heat_template_version: 2018-08-31\nResources: {}\n'],
  ['unknown-template-section', 'heat_template_version: 2015-04-30\nconditions: {}\nresources: {}\n'],
  ['unknown-resource-key', 'heat_template_version: 2018-08-31\nresources:\n  v:\n    type: OS::Heat::Value\n    Properties: {value: 1}\n'],
  ['unknown-resource-key', 'heat_template_version: 2015-10-15\nresources:\n  v:\n    type: OS::Heat::None\n    condition: true\n'],
  ['function-unavailable', "heat_template_version: 2016-10-14\nresources:\n  v:\n    type: OS::Heat::Value\n    properties:\n      value: {Fn::Join: [',', [a, b]]}\n"],
  ['function-unavailable', 'heat_template_version: 2016-10-14\nresources:\n  v:\n    type: OS::Heat::None\nconditions:\n  c: {equals: [{get_attr: [v, show]}, x]}\n'],
  ['unknown-resource-type', 'heat_template_version: 2018-08-31\nresources:\n  v:\n    type: OS::Cinder::Volum\n'],
  ['unknown-property', 'heat_template_version: 2018-08-31\nresources:\n  s:\n    type: OS::Nova::Server\n    properties:\n      flavor: m1.small\n      imag: fedora\n'],
  ['unknown-property', 'heat_template_version: 2018-08-31\nresources:\n  s:\n    type: OS::Neutron::SecurityGroup\n    properties:\n      rules: [{protocol: tcp, stateful: true}]\n'],
  ['missing-required-property', 'heat_template_version: 2018-08-31\nresources:\n  p:\n    type: OS::Neutron::Port\n    properties:\n      admin_state_up: true\n'],
  ['invalid-property-value', 'heat_template_version: 2018-08-31\nresources:\n  s:\n    type: OS::Nova::Server\n    properties:\n      flavor: m1.small\n      diskConfig: auto\n'],
  ['invalid-property-value', 'heat_template_version: 2018-08-31\nresources:\n  p:\n    type: OS::Neutron::Port\n    properties:\n      network: private\n      admin_state_up: "yes"\n'],
  ['invalid-property-value', 'heat_template_version: 2018-08-31\nresources:\n  g:\n    type: OS::Heat::ResourceGroup\n    properties:\n      count: -1\n      resource_def: {type: OS::Heat::None}\n'],
  ['invalid-property-value', 'heat_template_version: 2018-08-31\nresources:\n  s:\n    type: OS::Neutron::SecurityGroup\n    properties:\n      rules: [{protocol: tcp, port_range_min: 70000}]\n'],
  ['undefined-resource', 'heat_template_version: 2018-08-31\nresources:\n  v:\n    type: OS::Heat::Value\n    properties:\n      value: {get_resource: nothere}\n'],
  ['undefined-resource', 'heat_template_version: 2018-08-31\nresources:\n  v:\n    type: OS::Heat::None\n    depends_on: [nothere]\n'],
  ['unknown-attribute', 'heat_template_version: 2018-08-31\nresources:\n  s:\n    type: OS::Nova::Server\n    properties: {flavor: m1.small}\noutputs:\n  o: {value: {get_attr: [s, networkz]}}\n'],
];

/** Good fixtures Heat can judge on its own (no nested files, no environment aliases). */
const ACCEPTED = ['invalid-template-version', 'unknown-template-section', 'unknown-resource-key', 'function-unavailable',
  'function-unavailable-conditions', 'unknown-property', 'missing-required-property', 'invalid-property-value', 'undefined-resource',
  'unused-parameter', 'duplicate-key', 'unknown-property-merge'].map((name) => `heat/${name}-good.yaml`);

describe('Heat agrees with the HOT rules', { skip: !heatAvailable() && 'python3-heat or the shared oracle is missing' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'magnum-heat-oracle-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('each template an error rule flags is rejected by Heat; each good fixture is accepted', () => {
    const files = REJECTED.map(([rule, text], i) => {
      const file = join(dir, `${i}-${rule}.yaml`);
      writeFileSync(file, text);
      return file;
    });
    const verdicts = execFileSync('/usr/bin/python3', [ORACLE, '--fill', ...files, ...ACCEPTED.map(fixturePath)], { encoding: 'utf8', timeout: 300_000 })
      .trim().split('\n');
    REJECTED.forEach(([rule, text], i) => {
      assert.match(verdicts[i], / ERR /, `Heat accepts case ${i} (${rule}): ${verdicts[i]}`);
      const errors = lintText('t.yaml', text).filter((d) => d.severity === 'error').map((d) => d.rule);
      assert.ok(errors.includes(rule), `case ${i}: expected ${rule}, got ${errors.join(', ') || 'nothing'}`);
    });
    ACCEPTED.forEach((fixture, i) => {
      assert.match(verdicts[REJECTED.length + i], / OK$/, `Heat rejects ${fixture}`);
      assert.deepEqual(lintFixture(fixture).diagnostics.filter((d) => d.severity === 'error'), [], fixture);
    });
  });
});
