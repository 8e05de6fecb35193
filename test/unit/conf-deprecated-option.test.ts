import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'deprecated-option';

describe(RULE, () => {
  test('on zed: old names are warnings, an option deprecated for removal too', () => {
    const { text, diagnostics } = lintFixture('conf/deprecated-option-bad.conf', { release: 'zed' });
    assert.deepEqual(only(diagnostics, RULE).map((d) => [d.severity, d.range, d.tags]), [
      ['warning', rangeOf(text, 'logfile'), ['deprecated']],
      ['warning', rangeOf(text, 'sql_connection'), ['deprecated']],
      ['warning', rangeOf(text, 'memcache_servers'), ['deprecated']],
      ['warning', rangeOf(text, 'max_attempts'), ['deprecated']],
      ['warning', rangeOf(text, 'enabled_definitions'), ['deprecated']],
    ]);
    assert.equal(only(diagnostics, RULE)[0].message, '[DEFAULT] logfile is a deprecated name of [DEFAULT] log_file; it still works in zed but logs a deprecation warning and will stop working.');
    assert.equal(only(diagnostics, RULE)[4].message, "'enabled_definitions' is deprecated for removal: unused; installed drivers are enabled automatically. It is removed in 2023.1.");
    assert.equal(only(diagnostics, RULE)[4].fixes[0].isPreferred, undefined);
  });

  test('on 2026.1: the [bay_heat] alias and enabled_definitions are gone: warnings, since oslo.config only ignores them (issue 11)', () => {
    const { diagnostics } = lintFixture('conf/deprecated-option-bad.conf', { release: '2026.1' });
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => d.severity), ['warning', 'warning', 'warning', 'warning', 'warning']);
    assert.equal(found[3].message, '[bay_heat] max_attempts was renamed to [cluster_heat] max_attempts, and 2026.1 no longer reads the old name: this setting is ignored.');
    assert.equal(found[4].message, "'enabled_definitions' was removed in 2023.1 (unused; installed drivers are enabled automatically); 2026.1 ignores it.");
  });

  test('the preferred fixes rename, move (into an existing or a new group), or drop the line', () => {
    const { text, diagnostics } = lintFixture('conf/deprecated-option-bad.conf');
    const [logfile, sql, memcache, bay, removed] = only(diagnostics, RULE);
    assert.equal(logfile.fixes[0].title, 'Rename to log_file');
    assert.equal(applyFix(text, logfile), text.replace('logfile =', 'log_file ='));
    assert.equal(sql.fixes[0].title, 'Move to [database] connection');
    assert.equal(applyFix(text, sql), `${text.replace('sql_connection = mysql+pymysql://magnum:DBPASS@db.example.com/magnum\n', '')}\n[database]\nconnection = mysql+pymysql://magnum:DBPASS@db.example.com/magnum\n`);
    assert.equal(memcache.fixes[0].title, 'Remove this line ([keystone_authtoken] memcached_servers is already set)');
    assert.equal(applyFix(text, memcache), text.replace('memcache_servers = memcached.example.com:11211\n', ''));
    assert.equal(applyFix(text, bay), text.replace('[bay_heat]\nmax_attempts = 100\n', '[bay_heat]\n').replace('wait_interval = 2\n', 'wait_interval = 2\nmax_attempts = 100\n'));
    assert.equal(applyFix(text, removed), text.replace('enabled_definitions = magnum_vm_atomic_k8s\n', ''));
  });

  test('an old name whose option is gone too says so', () => {
    const [d] = only(lintText('magnum.conf', '[baymodel]\nswarm_default_network_driver = flannel\n', { release: '2024.1' }), RULE);
    assert.equal(d.severity, 'warning');
    assert.equal(d.message, '[baymodel] swarm_default_network_driver is an old name of [cluster_template] swarm_default_network_driver, which 2024.1 no longer has (removed in 2024.1): this setting is ignored.');
  });

  test('auth_uri is left to auth-uri-deprecated; current names are fine', () => {
    assert.deepEqual(only(lintText('magnum.conf', '[keystone_authtoken]\nauth_uri = https://k.example.com:5000\n'), RULE), []);
    assert.deepEqual(only(lintFixture('conf/deprecated-option-good.conf', { release: 'rocky' }).diagnostics, RULE), []);
    assert.deepEqual(only(lintFixture('conf/deprecated-option-good.conf').diagnostics, RULE), []);
  });
});
