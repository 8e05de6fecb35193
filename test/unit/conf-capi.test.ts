import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, hoverAt, type LintSettings } from '../../server/src/engine';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const HELM_13: LintSettings = { driverVersions: { 'magnum-capi-helm': '1.3.0' } };
const serious = (settings: LintSettings, file: string) => lintFixture(file, settings).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');

function hover(text: string, needle: string, settings: LintSettings = {}): string | undefined {
  return hoverAt(analyze({ path: 'magnum.conf', text }), text.indexOf(needle) + 1, settings)?.markdown;
}

describe('magnum.conf sections of the Cluster API drivers', () => {
  for (const release of ['2025.1', '2026.1']) {
    test(`correct capi-helm and magnum-cluster-api confs: no error or warning at ${release}`, () => {
      assert.deepEqual(serious({ release }, 'conf/capi-helm-good.conf'), []);
      assert.deepEqual(serious({ release }, 'conf/magnum-cluster-api-good.conf'), []);
      assert.deepEqual(serious({ release, capiDriver: 'magnum-cluster-api' }, 'conf/magnum-cluster-api-good.conf'), []);
    });
  }

  test('[capi-helm] is an unknown section with a fix to [capi_helm]', () => {
    const text = '[capi-helm]\nkubeconfig_file = /etc/magnum/kubeconfig\n';
    const [d] = only(lintText('magnum.conf', text), 'unknown-section');
    assert.deepEqual(d.range, rangeOf(text, 'capi-helm'));
    assert.equal(applyFix(text, d), text.replace('[capi-helm]', '[capi_helm]'));
  });

  test('1.4.0 (the newest): typos, typed values, choices, JSON; the old csi_cinder names are deprecated', () => {
    const text = [
      '[capi_helm]', 'namespace_prefx = magnum', 'minimum_flavor_ram = lots', 'csi_cinder_fstype = xfs',
      'api_resources = {"Cluster": {"api_version": "v1",}}',
      '[capi_helm_cluster_labels]', 'auto_healing_enabled = yess', 'csi_cinder_reclaim_policy = retain', 'etcd_volume_size = 5', '',
    ].join('\n');
    const found = lintText('magnum.conf', text);
    const [typo, unread] = only(found, 'unknown-option');
    assert.equal(typo.message, "Unknown option 'namespace_prefx' in [capi_helm] (checked against magnum-capi-helm 1.4.0): oslo.config ignores it, so it has no effect. Did you mean 'namespace_prefix'?");
    assert.equal(applyFix(text, typo), text.replace('namespace_prefx', 'namespace_prefix'));
    assert.deepEqual([unread.severity, unread.range], ['information', rangeOf(text, 'etcd_volume_size')]);
    const values = only(found, 'invalid-value');
    assert.deepEqual(values.map((d) => d.range), [rangeOf(text, 'lots'), rangeOf(text, '{"Cluster": {"api_version": "v1",}}'), rangeOf(text, 'yess'), rangeOf(text, 'retain')]);
    assert.match(values[1].message, /not strict JSON/);
    assert.equal(applyFix(text, values[2]), text.replace('yess', 'yes'));
    assert.equal(applyFix(text, values[3]), text.replace('= retain', '= Retain'));
    const [moved] = only(found, 'deprecated-option');
    assert.equal(moved.message, '[capi_helm] csi_cinder_fstype is a deprecated name of [capi_helm_cluster_labels] csi_cinder_fstype; it still works in magnum-capi-helm 1.4.0 but logs a deprecation warning and will stop working.');
    assert.equal(moved.fixes[0].title, 'Move to [capi_helm_cluster_labels] csi_cinder_fstype');
  });

  test('1.3.0 (driverVersions): [capi_helm_cluster_labels] does not exist yet; csi_cinder_* in [capi_helm] are current', () => {
    const text = '[capi_helm]\ncsi_cinder_fstype = xfs\napi_resources = {}\n\n[capi_helm_cluster_labels]\nauto_healing_enabled = true\n';
    const found = lintText('magnum.conf', text, HELM_13);
    const [section] = only(found, 'unknown-section');
    assert.equal(section.message, '[capi_helm_cluster_labels] is registered by magnum-capi-helm 1.4.0, not by 1.3.0: its options are ignored.');
    assert.deepEqual(only(found, 'deprecated-option'), []);
    const [newer] = only(found, 'unknown-option');
    assert.equal(newer.message, "'api_resources' is an option of magnum-capi-helm 1.4.0; magnum-capi-helm 1.3.0 ignores it.");
  });

  test('magnum-cluster-api: bad values and options of older tags', () => {
    const text = '[capi_client]\ninsecure = maybe\nendpoint_typ = publicURL\n\n[auto_scaling]\nv1_27_image = foo\n';
    const found = lintText('magnum.conf', text);
    assert.deepEqual(only(found, 'invalid-value').map((d) => d.range), [rangeOf(text, 'maybe')]);
    const [typo, old] = only(found, 'unknown-option');
    assert.match(typo.message, /checked against magnum-cluster-api v0\.38\.1.*Did you mean 'endpoint_type'\?/);
    assert.equal(old.message, "'v1_27_image' was an option of magnum-cluster-api v0.8.0 – v0.30.0 only; magnum-cluster-api v0.38.1 ignores it.");
    assert.equal(applyFix(text, old), text.replace('v1_27_image = foo\n', ''));
  });

  test('capiDriver: the other package\'s sections are read by nobody', () => {
    const text = '[capi_helm]\nnamespace_prefix = magnum\n';
    const [d] = only(lintText('magnum.conf', text, { capiDriver: 'magnum-cluster-api' }), 'unknown-section');
    assert.equal(d.message, '[capi_helm] belongs to magnum-capi-helm, but magnumHeat.capiDriver says magnum-cluster-api is installed: nothing reads this section.');
  });

  test('hovers say which driver version answered', () => {
    const text = '[capi_helm]\ndefault_helm_chart_version = 0.4.0\n';
    const newest = hover(text, 'default_helm_chart_version')!;
    assert.match(newest, /^\*\*default_helm_chart_version\*\* · `\[capi_helm\]` · StrOpt/);
    assert.match(newest, /Default: `0\.10\.1`/);
    assert.match(newest, /Answered by magnum-capi-helm 1\.4\.0 \(the newest known; set magnumHeat\.driverVersions for another\); in versions 1\.0\.0 – 1\.4\.0\./);
    const chosen = hover(text, 'default_helm_chart_version', { driverVersions: { 'magnum-capi-helm': '1.1.0' } })!;
    assert.match(chosen, /Default: `0\.4\.0`/);
    assert.match(chosen, /Answered by magnum-capi-helm 1\.1\.0 \(the version magnumHeat\.driverVersions names\)/);
    assert.match(hover(text, 'capi_helm]')!, /^\*\*\[capi_helm\]\*\* · option group of the Cluster API driver magnum-capi-helm/);
  });
});

describe('URL values as their parser reads them', () => {
  test('a # in a transport_url password breaks oslo.messaging: the error says why, the fix percent-encodes it', () => {
    const text = '[DEFAULT]\ntransport_url = rabbit://openstack:pa#ss@rabbit.example.com:5672/\n';
    const [d] = only(lintText('magnum.conf', text), 'invalid-value');
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, rangeOf(text, 'rabbit://openstack:pa#ss@rabbit.example.com:5672/'));
    assert.match(d.message, /^A '#' in the credentials ends the URL's host part for oslo\.messaging's parser \(urllib\), so the rest of the password is read as the port \(ValueError\) or the path; percent-encode it \(# as %23\)\./);
    assert.doesNotMatch(d.message, /pa#ss/);
    assert.equal(d.fixes[0].title, "Percent-encode '#' in the credentials");
    assert.equal(applyFix(text, d), text.replace('pa#ss', 'pa%23ss'));
  });

  test('a #, / or ? in a [database] connection password is fine for SQLAlchemy; a bad port is not', () => {
    const ok = '[database]\nconnection = mysql+pymysql://magnum:pa#ss/w?rd@db.example.com/magnum\n';
    assert.deepEqual(only(lintText('magnum.conf', ok), 'invalid-value'), []);
    const bad = '[database]\nconnection = mysql+pymysql://magnum:pw@db.example.com:port/magnum\n';
    assert.equal(only(lintText('magnum.conf', bad), 'invalid-value')[0].message, 'The port of host db.example.com is not a number. The service fails when it reads this option.');
  });
});
