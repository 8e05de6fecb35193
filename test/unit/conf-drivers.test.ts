import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LintSettings } from '../../server/src/engine';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const brief = (ds: Array<{ severity: string; range: unknown }>) => ds.map((d) => [d.severity, d.range]);

describe('unknown-driver', () => {
  const RULE = 'unknown-driver';
  const FIXTURE = 'conf/unknown-driver-bad.conf';

  test('2025.1: a typo is a warning with the nearest driver as fix; a removed driver is information with a removal fix', () => {
    const { text, diagnostics } = lintFixture(FIXTURE, { release: '2025.1' });
    const found = only(diagnostics, RULE);
    assert.deepEqual(brief(found), [
      ['warning', rangeOf(text, 'k8s_capi_helm_v2')],
      ['information', rangeOf(text, 'swarm_fedora_atomic_v2')],
      ['warning', rangeOf(text, 'my_beta_driver')],
    ]);
    assert.equal(found[0].message, "'k8s_capi_helm_v2' names no driver of Magnum 2025.1 (drivers: k8s_fedora_coreos_v1, k8s_capi_helm_v1, k8s_cluster_api_ubuntu, "
      + "k8s_cluster_api_ubuntu_focal, k8s_cluster_api_flatcar, k8s_cluster_api_rockylinux, k8s_cluster_api_debian), so the driver meant stays enabled. Did you mean 'k8s_capi_helm_v1'?");
    assert.equal(applyFix(text, found[0]), text.replace('k8s_capi_helm_v2,', 'k8s_capi_helm_v1,'));
    assert.equal(found[1].message, 'swarm_fedora_atomic_v2 was removed from Magnum in 2024.1, so this entry does nothing in Magnum 2025.1.');
    assert.deepEqual(found[1].tags, ['unnecessary']);
    assert.equal(applyFix(text, found[1]), text.replace(', swarm_fedora_atomic_v2', ''));
    assert.match(found[2].message, /so the beta driver meant stays behind the beta gate\.$/);
    assert.equal(found[2].fixes[0].isPreferred ?? false, false);
    assert.equal(applyFix(text, found[2], /^Remove/), text.replace('enabled_beta_drivers = my_beta_driver\n', ''));
  });

  test('master: default_driver naming no driver is an error with the fix; the removed Heat driver is no driver there', () => {
    const { text, diagnostics } = lintFixture(FIXTURE, { release: 'master' });
    const found = only(diagnostics, RULE);
    const last = found[found.length - 1];
    assert.deepEqual(brief([last]), [['error', rangeOf(text, 'k8s_cluster_api_ubunt', 1)]]);
    assert.match(last.message, /^\[drivers\] default_driver 'k8s_cluster_api_ubunt' names no driver of Magnum master \(drivers: k8s_capi_helm_v1, .*\): creating a cluster template that names no driver fails \(ClusterDriverNotSupported\)\. Did you mean 'k8s_cluster_api_ubuntu'\?$/);
    assert.equal(applyFix(text, last), text.replace('= k8s_cluster_api_ubunt', '= k8s_cluster_api_ubuntu'));
    const disabled = '[drivers]\ndisabled_drivers = k8s_capi_helm_v1\ndefault_driver = k8s_capi_helm_v1\n';
    const [both] = only(lintText('magnum.conf', disabled, { release: 'master' }), RULE);
    assert.deepEqual([both.severity, both.range, both.message], ['error', rangeOf(disabled, 'k8s_capi_helm_v1', 1),
      '[drivers] default_driver k8s_capi_helm_v1 is also in disabled_drivers: creating a cluster template that names no driver fails (ClusterDriverNotSupported).']);
  });

  test('per driver version and per installed package', () => {
    const text = '[drivers]\ndisabled_drivers = k8s_cluster_api_debian\n';
    const settings = (s: LintSettings) => only(lintText('magnum.conf', text, { release: '2025.1', ...s }), RULE);
    assert.deepEqual(settings({}), []);
    const [old] = settings({ driverVersions: { 'magnum-cluster-api': 'v0.36.6' } });
    assert.deepEqual([old.severity, old.range], ['information', rangeOf(text, 'k8s_cluster_api_debian')]);
    assert.equal(old.message, 'k8s_cluster_api_debian is a driver of magnum-cluster-api v0.37.0 – v0.38.1 only, and magnum-cluster-api v0.36.6 answers, so this entry does nothing in Magnum 2025.1.');
    assert.equal(applyFix(text, old), '[drivers]\n');
    const [other] = settings({ capiDriver: 'magnum-capi-helm' });
    assert.match(other.message, /^k8s_cluster_api_debian is a driver of magnum-cluster-api, and the settings say magnum-capi-helm is installed/);
  });

  test('correct entries, and releases without the option (unknown-option says so) give nothing', () => {
    assert.deepEqual(only(lintText('magnum.conf', '[drivers]\ndisabled_drivers = k8s_fedora_coreos_v1,k8s_cluster_api_ubuntu\nenabled_beta_drivers =\n', { release: '2026.1' }), RULE), []);
    assert.deepEqual(only(lintFixture(FIXTURE, { release: '2023.2' }).diagnostics, RULE).map((d) => d.range.start.line), [2]);
    assert.deepEqual(only(lintFixture('conf/capi-helm-good.conf', { release: '2026.1' }).diagnostics, RULE), []);
  });
});

describe('capi-network-driver', () => {
  const RULE = 'capi-network-driver';
  const FIXTURE = 'conf/capi-network-driver-bad.conf';

  test('magnum-cluster-api: flannel as the default and as the only allowed driver, with the fixes', () => {
    const { text, diagnostics } = lintFixture(FIXTURE, { release: '2025.1' });
    const found = only(diagnostics, RULE);
    assert.deepEqual(brief(found), [
      ['warning', rangeOf(text, 'flannel')],
      ['warning', rangeOf(text, 'flannel', 1)],
    ]);
    assert.equal(found[0].message, '[cluster_template] kubernetes_allowed_network_drivers is flannel: it allows none of calico or cilium, the network drivers magnum-cluster-api v0.38.1 take. '
      + 'Magnum refuses a cluster template naming them ("not allowed", HTTP 400), and a cluster of any other fails.');
    assert.equal(applyFix(text, found[0]), text.replace('drivers = flannel', 'drivers = flannel,calico'));
    assert.equal(found[1].message, '[cluster_template] kubernetes_default_network_driver is flannel: every cluster template created without --network-driver gets it, '
      + 'and magnum-cluster-api v0.38.1 refuses it when the cluster is created (UnsupportedCNI; it takes cilium or calico).');
    assert.equal(applyFix(text, found[1]), text.replace('driver = flannel', 'driver = calico'));
  });

  test('unset in a main configuration: Magnum\'s defaults are judged, the fixes add the options; cilium not allowed is a hint from 2024.1', () => {
    const text = '[DEFAULT]\ntransport_url = rabbit://u:p@h:5672/\n\n[capi_client]\nendpoint_type = internalURL\n';
    const found = only(lintText('magnum.conf', text, { release: '2024.1' }), RULE);
    assert.deepEqual(brief(found), [['warning', rangeOf(text, 'capi_client')], ['hint', rangeOf(text, 'capi_client')]]);
    assert.match(found[0].message, /^\[cluster_template\] kubernetes_default_network_driver is not set, so it is Magnum's default flannel: /);
    assert.equal(applyFix(text, found[0]), `${text}\n[cluster_template]\nkubernetes_default_network_driver = calico\n`);
    assert.equal(found[1].message, "[cluster_template] kubernetes_allowed_network_drivers (Magnum's default) is flannel,calico: a cluster template with --network-driver cilium, "
      + 'which magnum-cluster-api v0.38.1 support, is refused ("not allowed", HTTP 400) until cilium is added.');
    assert.equal(applyFix(text, found[1], /cilium/), `${text}\n[cluster_template]\nkubernetes_allowed_network_drivers = flannel,calico,cilium\n`);
    assert.equal(found[1].fixes[0].isPreferred ?? false, false);
    assert.deepEqual(only(lintText('magnum.conf', text, { release: '2023.2' }), RULE).map((d) => d.severity), ['warning']);
    // a fragment (no transport_url, no database) may leave the options to the main file
    assert.deepEqual(only(lintText('magnum.conf', '[capi_client]\nendpoint_type = internalURL\n', { release: '2024.1' }), RULE), []);
  });

  test('per driver version: magnum-capi-helm 1.4.0 passes network_driver to its chart, 1.0.0 – 1.3.0 ignore it', () => {
    const text = '[cluster_template]\nkubernetes_default_network_driver = flannel\nkubernetes_allowed_network_drivers = all\n\n[capi_helm]\nnamespace_prefix = magnum\n';
    const [d] = only(lintText('magnum.conf', text, { release: '2026.1' }), RULE);
    assert.deepEqual(d.range, rangeOf(text, 'flannel'));
    assert.match(d.message, /and magnum-capi-helm 1\.4\.0 hands it to its Helm chart as the CNI, which takes calico or cilium only\.$/);
    assert.deepEqual(only(lintText('magnum.conf', text, { release: '2026.1', driverVersions: { 'magnum-capi-helm': '1.3.0' } }), RULE), []);
  });

  test('no Cluster API driver, a disabled one, or the good confs: nothing', () => {
    const { text } = lintFixture(FIXTURE);
    assert.deepEqual(only(lintText('magnum.conf', text.replace('[capi_client]\nendpoint_type = internalURL\n', ''), { release: '2025.1' }), RULE), []);
    const disabled = `${text}\n[drivers]\ndisabled_drivers = k8s_cluster_api_ubuntu,k8s_cluster_api_ubuntu_focal,k8s_cluster_api_flatcar,k8s_cluster_api_rockylinux,k8s_cluster_api_debian\n`;
    assert.deepEqual(only(lintText('magnum.conf', disabled, { release: '2025.1' }), RULE), []);
    for (const release of ['2025.1', '2026.1']) {
      assert.deepEqual(only(lintFixture('conf/magnum-cluster-api-good.conf', { release }).diagnostics, RULE), []);
      assert.deepEqual(only(lintFixture('conf/capi-helm-good.conf', { release }).diagnostics, RULE), []);
    }
  });
});
