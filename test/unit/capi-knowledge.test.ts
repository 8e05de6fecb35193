import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  capiOption, capiOptionIn, capiOptionsIn, capiVersions, groupInVersion, olderOption, versionOf,
} from '../../server/src/engine/knowledge/capi-drivers';
import { capiLabel, capiLabelNames, parseBehaviour } from '../../server/src/engine/knowledge/capi-labels';
import { confOption, optionInRelease } from '../../server/src/engine/knowledge/conf-options';
import { DEVELOPMENT_RELEASE, NEWEST_RELEASE, RELEASES, resolveRelease } from '../../server/src/engine/knowledge/releases';

const HELM = 'magnum-capi-helm';
const MCAPI = 'magnum-cluster-api';

describe('Cluster API driver knowledge (schemas/capi-drivers.json, capi-labels.json)', () => {
  test('master is the last release but never the default', () => {
    assert.equal(RELEASES[RELEASES.length - 1], DEVELOPMENT_RELEASE);
    assert.equal(NEWEST_RELEASE, '2026.1');
    assert.equal(resolveRelease(undefined), '2026.1');
    assert.equal(resolveRelease('master'), 'master');
    const defaultDriver = confOption('drivers', 'default_driver')!;
    assert.deepEqual([optionInRelease(defaultDriver, 'master'), optionInRelease(defaultDriver, '2026.1')], [true, false]);
    assert.equal(optionInRelease(confOption('trust', 'roles')!, 'master'), false);
  });

  test('magnum-capi-helm: [capi_helm_cluster_labels] only from 1.4.0, the csi_cinder_* options moved there', () => {
    assert.deepEqual(capiVersions(HELM), ['1.0.0', '1.1.0', '1.2.0', '1.2.1', '1.3.0', '1.4.0']);
    assert.equal(groupInVersion(HELM, 'capi_helm_cluster_labels', '1.3.0'), false);
    assert.equal(groupInVersion(HELM, 'capi_helm_cluster_labels', '1.4.0'), true);
    assert.equal(capiOptionsIn(HELM, 'capi_helm', '1.3.0').length, 15);
    assert.equal(capiOptionsIn(HELM, 'capi_helm', '1.4.0').length, 12);
    assert.equal(capiOptionsIn(HELM, 'capi_helm_cluster_labels', '1.4.0').length, 28);
    const fstype = capiOption(HELM, 'capi_helm_cluster_labels', 'csi_cinder_fstype')!;
    assert.deepEqual(fstype.aliases, [{ group: 'capi_helm', name: 'csi_cinder_fstype' }]);
    assert.deepEqual(capiOption(HELM, 'capi_helm_cluster_labels', 'csi_cinder_reclaim_policy')!.choices, ['Retain', 'Delete']);
    assert.equal(capiOption(HELM, 'capi_helm', 'csi_cinder_fstype')!.removedIn, '1.4.0');
  });

  test('magnum-capi-helm: defaults and read-or-not per version', () => {
    const chart = capiOption(HELM, 'capi_helm', 'default_helm_chart_version')!;
    assert.equal(capiOptionIn(HELM, chart, '1.1.0').default, '0.4.0');
    assert.equal(capiOptionIn(HELM, chart, '1.2.0').default, '0.10.1');
    assert.equal(capiOption(HELM, 'capi_helm', 'csi_cinder_volume_binding_mode')!.unread, true);
    assert.equal(capiOption(HELM, 'capi_helm_cluster_labels', 'etcd_volume_size')!.unread, true);
    assert.equal(capiOption(HELM, 'capi_helm', 'api_resources')!.format, 'json');
    assert.equal(capiOption(HELM, 'capi_helm', 'api_resources')!.default, '{}');
    assert.equal(capiOption(HELM, 'capi_helm', 'minimum_flavor_ram')!.type, 'IntOpt');
  });

  test('magnum-cluster-api: four groups in every version; the autoscaler image options went before v0.34.2', () => {
    assert.equal(capiVersions(MCAPI)[0], 'v0.34.2');
    for (const version of capiVersions(MCAPI)) {
      assert.deepEqual(['auto_scaling', 'capi_client', 'manila_client', 'proxy'].map((g) => groupInVersion(MCAPI, g, version)), [true, true, true, true]);
    }
    assert.equal(capiOption(MCAPI, 'capi_client', 'insecure')!.type, 'BoolOpt');
    assert.equal(capiOption(MCAPI, 'manila_client', 'api_version')!.default, '3');
    assert.deepEqual(olderOption(MCAPI, 'auto_scaling', 'v1_27_image'), { since: 'v0.8.0', last: 'v0.30.0' });
  });

  test('the version answering: the setting, else the newest', () => {
    assert.deepEqual(versionOf(HELM, undefined), { version: '1.4.0', chosen: false });
    assert.deepEqual(versionOf(HELM, { driverVersions: { [HELM]: '1.2.1' } }), { version: '1.2.1', chosen: true });
    assert.deepEqual(versionOf(MCAPI, { driverVersions: { [MCAPI]: 'v9.9.9' } }), { version: 'v0.38.1', chosen: false });
  });

  test('labels per driver version: parser, default, since', () => {
    assert.equal(capiLabel(HELM, 'auto_healing_enabled', '1.3.0')!.default, true);
    assert.deepEqual(capiLabel(HELM, 'auto_healing_enabled', '1.4.0')!.default, { expression: 'CONF.capi_helm_cluster_labels.auto_healing_enabled' });
    assert.equal(capiLabel(HELM, 'auto_healing_enabled')!.parse, 'bool');
    assert.match(parseBehaviour('bool')!, /not strict/);
    const kubeTag = capiLabel(MCAPI, 'kube_tag')!;
    assert.ok((kubeTag.parse as string[]).includes('rust-string-required'));
    assert.match(parseBehaviour('string (KeyError if missing)')!, /taken as text/);
    assert.deepEqual(capiLabel(MCAPI, 'cinder_csi_enabled', 'v0.36.6')!.parse, ['bool-strict+service-catalog', 'rust-bool']);
    assert.deepEqual(capiLabel(MCAPI, 'cinder_csi_enabled', 'v0.37.0')!.parse, ['bool-strict+service-catalog', 'rust-true-literal']);
    assert.ok(capiLabelNames(MCAPI).length > 50);
    assert.equal(capiLabel(HELM, 'no_such_label'), undefined);
  });
});
