import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  authPlugin, CONF_GROUPS, CONF_PITFALLS, confGroup, confOption, DEVELOPMENT_SERIES, optionIn, optionInRelease,
} from '../../server/src/engine/knowledge/conf-options';
import { RELEASES } from '../../server/src/engine/knowledge/releases';

const option = (group: string, key: string) => confOption(group, key)!;

describe('magnum.conf knowledge (schemas/conf-options.json)', () => {
  test('every group has our own summary; every option a known first release and a sane removal', () => {
    for (const group of CONF_GROUPS) {
      assert.ok(confGroup(group)!.summary, group);
      for (const [key, info] of Object.entries(confGroup(group)!.options)) {
        assert.ok(RELEASES.includes(info.since), `${group}.${key} since ${info.since}`);
        if (info.last) assert.ok(RELEASES.includes(info.last), `${group}.${key} last`);
        if (info.removedIn) assert.ok(RELEASES.includes(info.removedIn) || info.removedIn === DEVELOPMENT_SERIES, `${group}.${key} removedIn`);
      }
    }
  });

  test('Magnum\'s own options follow their release history', () => {
    assert.equal(option('cinder', 'default_boot_volume_size').since, 'train');
    assert.equal(option('cluster', 'enabled_definitions').last, 'zed');
    assert.equal(option('cluster', 'enabled_definitions').removedIn, '2023.1');
    assert.equal(option('trust', 'roles').removedIn, DEVELOPMENT_SERIES);
    const drivers = option('cluster_template', 'kubernetes_allowed_network_drivers');
    assert.deepEqual(optionIn(drivers, '2023.2').default, ['all']);
    assert.deepEqual(optionIn(drivers, '2024.1').default, ['flannel', 'calico']);
    assert.deepEqual(option('cluster_heat', 'create_timeout').aliases, [{ group: 'bay_heat', name: 'bay_create_timeout', last: '2023.1' }]);
    const usage = option('x509', 'allowed_key_usage');
    assert.equal(optionIn(usage, '2024.2').itemChoices, undefined);
    assert.ok(optionIn(usage, '2025.1').itemChoices!.includes('CRL Sign'));
    assert.deepEqual(option('certificates', 'cert_manager_type').choices, ['barbican', 'x509keypair', 'local']);
  });

  test('keystonemiddleware options per release, from its per-tag history', () => {
    const iface = option('keystone_authtoken', 'interface');
    assert.equal(iface.since, 'train');
    assert.equal(optionIn(iface, 'ussuri').default, 'admin');
    assert.equal(optionIn(iface, 'victoria').default, 'internal');
    assert.equal(option('keystone_authtoken', 'memcache_tls_enabled').since, '2025.2');
    assert.equal(option('keystone_authtoken', 'signing_dir').removedIn, 'train');
    const authUri = option('keystone_authtoken', 'auth_uri');
    assert.ok(RELEASES.every((r) => optionInRelease(authUri, r)));
    assert.deepEqual([authUri.removedIn, authUri.removedWith], [DEVELOPMENT_SERIES, 'keystonemiddleware 13.0.0']);
    assert.deepEqual(option('keystone_authtoken', 'www_authenticate_uri').aliases, [{ group: 'keystone_authtoken', name: 'auth_uri' }]);
    assert.equal(option('keystone_authtoken', 'service_token_roles_required').default, false, 'True only from 13.0.0');
  });

  test('library groups come from the Zed catalogue, flagged as such; Magnum\'s groups are not', () => {
    assert.equal(confGroup('oslo_messaging_rabbit')!.approximate, 'zed');
    assert.equal(confGroup('DEFAULT')!.approximate, undefined);
    assert.equal(option('DEFAULT', 'log_file').type, 'StrOpt');
    assert.deepEqual(option('DEFAULT', 'log_file').aliases, [{ group: 'DEFAULT', name: 'logfile' }]);
    assert.deepEqual([option('oslo_messaging_rabbit', 'kombu_reconnect_delay').min, option('oslo_messaging_rabbit', 'kombu_reconnect_delay').max], [0, 4.5]);
    assert.equal(option('DEFAULT', 'log_rotate_interval_type').ignoreCase, true);
    assert.equal(option('oslo_messaging_notifications', 'driver').type, 'MultiStrOpt');
  });

  test('secrets are marked, wherever they live', () => {
    for (const [group, key] of [['DEFAULT', 'transport_url'], ['database', 'connection'], ['keystone_authtoken', 'memcache_secret_key'], ['trust', 'trustee_domain_admin_password'], ['keystone_authtoken', 'admin_password']]) {
      assert.equal(option(group, key).secret, true, `${group}.${key}`);
    }
    assert.equal(authPlugin('password')!.options.password.secret, true);
    assert.equal(authPlugin('v3applicationcredential')!.options.application_credential_secret.secret, true);
  });

  test('auth plugins and what they need; the pitfall facts derived from the facts', () => {
    assert.equal(confGroup('keystone_auth')!.authPluginDefault, 'password');
    assert.deepEqual(authPlugin('password')!.requires, [['auth_url'], ['username', 'user_id'], ['password']]);
    assert.deepEqual(authPlugin('password')!.options.project_name.aliases, [{ name: 'tenant_name' }]);
    assert.deepEqual(CONF_PITFALLS.authUriOnly, ['rocky']);
    assert.deepEqual(Object.keys(CONF_PITFALLS.dockerVolumeTypePassThrough), RELEASES.slice(0, RELEASES.indexOf('2024.1')));
    assert.ok(CONF_PITFALLS.dockerVolumeTypePassThrough.stein.includes('k8s_fedora_atomic_v1'));
    assert.ok(!CONF_PITFALLS.dockerVolumeTypePassThrough.train.includes('k8s_fedora_atomic_v1'));
    assert.equal(CONF_PITFALLS.keystoneAdminPort, 35357);
  });
});
