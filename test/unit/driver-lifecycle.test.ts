import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintText, only, rangeOf } from '../support/fixtures';

const TEMPLATE = 'heat_template_version: 2014-10-16\nparameters: {}\nresources: {}\n';
const at = (driver: string) => `/srv/magnum/drivers/${driver}/templates/cluster.yaml`;

describe('driver-lifecycle', () => {
  test('a removed Heat driver is an error saying since when', () => {
    const [d] = only(lintText(at('swarm_fedora_atomic_v2'), TEMPLATE, { release: '2024.1' }), 'driver-lifecycle');
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, rangeOf(TEMPLATE, 'heat_template_version'));
    assert.equal(d.message, 'The Magnum driver swarm_fedora_atomic_v2 is gone: it was removed in 2024.1 (change bc79012f, Magnum 18.0.0), so Magnum 2024.1 never uses this template.');
  });

  test('a deprecated driver is a warning naming its removal; before that, nothing', () => {
    const [d] = only(lintText(at('k8s_fedora_coreos_v1'), TEMPLATE, { release: '2025.1' }), 'driver-lifecycle');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /^The Magnum driver k8s_fedora_coreos_v1 is deprecated in 2025\.1 \(change 6e6a7d5f, Magnum 20\.0\.0\) and removed in master \(change 31b84327, not in a tagged release yet\)\. Kubernetes on Magnum now runs through the Cluster API drivers \(k8s_capi_helm_v1, /);
    assert.deepEqual(only(lintText(at('k8s_fedora_coreos_v1'), TEMPLATE, { release: '2024.2' }), 'driver-lifecycle'), []);
    const [gone] = only(lintText(at('k8s_fedora_coreos_v1'), TEMPLATE, { release: 'master' }), 'driver-lifecycle');
    assert.equal(gone.severity, 'error');
    assert.match(gone.message, /removed in master/);
  });

  test('a driver of later releases, a current one and an unknown one', () => {
    assert.match(only(lintText(at('k8s_fedora_coreos_v1'), TEMPLATE, { release: 'rocky' }), 'driver-lifecycle')[0].message, /only exists from train on/);
    assert.deepEqual(only(lintText(at('swarm_fedora_atomic_v2'), TEMPLATE, { release: '2023.1' }), 'driver-lifecycle'), []);
    assert.deepEqual(only(lintText(at('my_own_driver'), TEMPLATE, { release: '2024.1' }), 'driver-lifecycle'), []);
  });

  test('cluster-template-coe: kubernetes at master is served by the Cluster API drivers; retired distros say since when', () => {
    const text = [
      'heat_template_version: 2018-08-31', 'resources:', '  t:', '    type: OS::Magnum::ClusterTemplate', '    properties:',
      '      coe: kubernetes', '      image: coreos-stable', '      external_network: public', '',
    ].join('\n');
    const found = only(lintText('/tmp/ct.yaml', text, { release: 'master' }), 'cluster-template-coe');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /\(k8s_coreos_v1 is gone\), none has since 2024\.1;/);
  });
});

describe('driver-conflict', () => {
  const BOTH = '[drivers]\ndisabled_drivers = k8s_fedora_coreos_v1\n\n[capi_helm]\nnamespace_prefix = magnum\n\n[capi_client]\nendpoint_type = internalURL\n';

  test('both CAPI packages enabled: one finding per shared triple, with the ways to choose and disable fixes', () => {
    const found = only(lintText('magnum.conf', BOTH, { release: '2025.1' }), 'driver-conflict');
    assert.equal(found.length, 2);
    assert.deepEqual(found[0].range, rangeOf(BOTH, 'disabled_drivers'));
    assert.equal(found[0].message, 'k8s_capi_helm_v1 (magnum-capi-helm) and k8s_cluster_api_ubuntu (magnum-cluster-api) both claim (vm, ubuntu, kubernetes) and [drivers] leaves both enabled. '
      + 'Magnum keeps whichever entry point it loads last, silently: which driver builds the cluster depends on the order the packages were installed in. '
      + 'To choose: set the Glance image property magnum_driver=<driver> on the images, or add the other driver to [drivers] disabled_drivers.');
    assert.match(found[1].message, /k8s_cluster_api_flatcar .* \(vm, flatcar, kubernetes\)/);
    assert.equal(applyFix(BOTH, found[0], /Disable k8s_cluster_api_ubuntu/), BOTH.replace('= k8s_fedora_coreos_v1', '= k8s_fedora_coreos_v1,k8s_cluster_api_ubuntu'));
  });

  test('settled by disabled_drivers, by capiDriver, or on master by default_driver', () => {
    const disabled = BOTH.replace('= k8s_fedora_coreos_v1', '= k8s_cluster_api_ubuntu,k8s_cluster_api_flatcar');
    assert.deepEqual(only(lintText('magnum.conf', disabled), 'driver-conflict'), []);
    assert.deepEqual(only(lintText('magnum.conf', BOTH, { capiDriver: 'magnum-capi-helm' }), 'driver-conflict'), []);
    const named = `${BOTH.replace('[drivers]\n', '[drivers]\ndefault_driver = k8s_capi_helm_v1\n')}`;
    assert.deepEqual(only(lintText('magnum.conf', named, { release: 'master' }), 'driver-conflict'), []);
    const [onMaster] = only(lintText('magnum.conf', BOTH, { release: 'master' }), 'driver-conflict');
    assert.match(onMaster.message, /or name the driver in the cluster template or in \[drivers\] default_driver\.$/);
  });

  test('no [drivers] section: the finding sits on the first Cluster API section, the fix adds disabled_drivers', () => {
    const text = '[capi_helm]\nnamespace_prefix = magnum\n\n[proxy]\nhaproxy_pid_path = /run/haproxy.pid\n';
    const [d] = only(lintText('magnum.conf', text), 'driver-conflict');
    assert.deepEqual(d.range, rangeOf(text, 'capi_helm'));
    assert.equal(applyFix(text, d, /Disable k8s_capi_helm_v1/), `${text}\n[drivers]\ndisabled_drivers = k8s_capi_helm_v1\n`);
  });
});
