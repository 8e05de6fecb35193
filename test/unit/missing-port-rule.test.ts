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
    assert.deepEqual(only(lintFixture(GOOD).diagnostics, RULE), []);
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

describe(`${RULE}: every driver, group sources and separate rule resources`, () => {
  const K8S = 'heat/ports-k8s/kubecluster.yaml';

  test('without a driver, a Kubernetes group is held to what every driver defining it opens', () => {
    const { text, diagnostics } = lintFixture(K8S);
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => d.range), [rangeOf(text, 'rules', 0)]);
    assert.equal(found[0].message, "Security group 'secgroup_kube_master' does not allow TCP 6443 (the Kubernetes API server); "
      + 'every driver with this group opens it (k8s_coreos_v1, k8s_fedora_atomic_v1, k8s_fedora_ironic_v1, k8s_fedora_coreos_v1).');
  });

  test('rules from another group are checked; a separate SecurityGroupRule resource counts; the fix names the source group', () => {
    const { text, diagnostics } = lintFixture(K8S, { driver: 'k8s_fedora_atomic_v1', release: 'train' });
    const minion = only(diagnostics, RULE).filter((d) => d.message.startsWith("Security group 'secgroup_kube_minion'"));
    assert.deepEqual(minion.map((d) => /allow (.*?);/.exec(d.message)?.[1]), [
      "all TCP ports from members of 'secgroup_kube_master'",
      "all TCP ports from members of 'secgroup_kube_minion'",
      "all UDP ports from members of 'secgroup_kube_minion'",
    ]);
    const fromMaster = applyFix(text, minion[0]);
    assert.equal(fromMaster, text.replace(
      '          port_range_max: 32767\n\n  secgroup_rule_udp_kube_minion:',
      '          port_range_max: 32767\n        - protocol: tcp\n          remote_mode: remote_group_id\n          remote_group_id: {get_resource: secgroup_kube_master}\n\n  secgroup_rule_udp_kube_minion:',
    ));
    const fromItself = applyFix(text, minion[1]);
    assert.ok(fromItself.includes('        - protocol: tcp\n          remote_mode: remote_group_id\n\n  secgroup_rule_udp'));
    const after = only(lintText(K8S, fromMaster, { driver: 'k8s_fedora_atomic_v1', release: 'train' }), RULE);
    assert.equal(after.some((d) => d.message.includes("all TCP ports from members of 'secgroup_kube_master'")), false);
  });

  test('a group without rules gets a rules list from the fix', () => {
    const text = 'heat_template_version: 2018-08-31\nresources:\n  secgroup_swarm_node:\n    type: OS::Neutron::SecurityGroup\n    properties:\n      name: nodes\n';
    const path = '/x/drivers/swarm_fedora_atomic_v2/templates/swarmcluster.yaml';
    const found = only(lintText(path, text, { release: 'stein' }), RULE);
    assert.deepEqual(found.map((d) => d.range), found.map(() => rangeOf(text, 'secgroup_swarm_node')));
    assert.equal(applyFix(text, found[0]), `${text}      rules:\n        - protocol: icmp\n`);
  });
});
