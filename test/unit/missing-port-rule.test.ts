import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'missing-port-rule';
const BAD = 'heat/ports-bad/drivers/swarm_fedora_atomic_v2/templates/swarmcluster.yaml';
const GOOD = 'heat/ports-good/drivers/swarm_fedora_atomic_v2/templates/swarmcluster.yaml';

describe(RULE, () => {
  test('a swarm-mode manager group without TCP 2377 is reported on its rules key', () => {
    const { text, diagnostics } = lintFixture(BAD);
    const found = only(diagnostics, RULE);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].range, rangeOf(text, 'rules', 0));
    assert.match(found[0].message, /'secgroup_swarm_manager' does not allow TCP 2377/);
    assert.match(found[0].message, /swarm_fedora_atomic_v2 opens it in 2023\.2/);
  });

  test('the fix inserts the rule after the last one in the same block style', () => {
    const { text, diagnostics } = lintFixture(BAD);
    const fixed = applyFix(text, only(diagnostics, RULE)[0]);
    assert.equal(fixed, text.replace(
      '          port_range_max: 53\n',
      '          port_range_max: 53\n        - protocol: tcp\n          port_range_min: 2377\n          port_range_max: 2377\n',
    ));
    assert.deepEqual(only(lintText(BAD, fixed), RULE), []);
  });

  test('with 2377 open nothing is reported', () => {
    assert.deepEqual(lintFixture(GOOD).diagnostics, []);
  });

  test('the release in force is used when it has the driver', () => {
    const { diagnostics } = lintFixture(BAD, { release: 'stein' });
    assert.match(only(diagnostics, RULE)[0].message, /opens it in stein/);
  });

  test('without a driver path the group is recognised by name; a narrower source does not count; flow style is kept', () => {
    const { text, diagnostics } = lintFixture('heat/ports-flow/swarmcluster.yaml');
    const [finding] = only(diagnostics, RULE);
    assert.deepEqual(finding.range, rangeOf(text, 'rules'));
    const fixed = applyFix(text, finding);
    assert.equal(fixed, text + '      - {protocol: tcp, port_range_min: 2377, port_range_max: 2377}\n');
    assert.deepEqual(only(lintText('swarmcluster.yaml', fixed), RULE), []);
  });

  test('a driver set in the settings wins over detection', () => {
    const { diagnostics } = lintFixture(BAD, { driver: 'swarm_fedora_atomic_v1' });
    assert.deepEqual(only(diagnostics, RULE), []);
  });
});
