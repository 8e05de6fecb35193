import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'unknown-option';

describe(RULE, () => {
  test('unknown keys are reported on the key; a close option name is the preferred fix', () => {
    const { text, diagnostics } = lintFixture('conf/unknown-option-bad.conf');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => [d.severity, d.range]), [
      ['warning', rangeOf(text, 'debgu')],
      ['warning', rangeOf(text, 'memcache_server')],
      ['warning', rangeOf(text, 'username')],
      ['warning', rangeOf(text, 'password')],
      ['warning', rangeOf(text, 'port_number')],
    ]);
    assert.equal(found[1].message, "Unknown option 'memcache_server' in [keystone_authtoken]: oslo.config ignores it, so it has no effect. Did you mean 'memcached_servers'?");
    assert.equal(applyFix(text, found[1]), text.replace('memcache_server =', 'memcached_servers ='));
    assert.deepEqual(found[4].fixes, []);
  });

  test('plugin options without auth_type: the fix adds auth_type = password, after which they are known', () => {
    const { text, diagnostics } = lintFixture('conf/unknown-option-bad.conf');
    const [username] = only(diagnostics, RULE).filter((d) => d.message.startsWith("'username'"));
    assert.equal(username.message, "'username' belongs to keystoneauth's password plugin, but [keystone_authtoken] sets no auth_type, so no plugin reads it.");
    const fixed = applyFix(text, username);
    assert.equal(fixed, text.replace('password = MAGNUM_PASS\n', 'password = MAGNUM_PASS\nauth_type = password\n'));
    assert.deepEqual(only(lintText('magnum.conf', fixed), RULE).map((d) => d.range.start.line), [1, 4, 10]);
  });

  test('an option of another plugin than the one auth_type selects', () => {
    const [d] = only(lintText('magnum.conf', '[keystone_auth]\nauth_type = password\napplication_credential_secret = X\n'), RULE);
    assert.equal(d.message, "'application_credential_secret' is not an option of the 'password' auth plugin that auth_type selects (it belongs to v3applicationcredential); it is ignored.");
  });

  test('an option newer than the release says from when it exists', () => {
    const text = '[cinder]\ndefault_boot_volume_size = 10\n';
    assert.equal(only(lintText('magnum.conf', text, { release: 'stein' }), RULE)[0].message, "'default_boot_volume_size' only exists from train on; stein ignores it.");
    assert.deepEqual(only(lintText('magnum.conf', text, { release: 'train' }), RULE), []);
  });

  test('in library-only groups after zed an unknown key is information: a newer library may have it', () => {
    const text = '[oslo_messaging_rabbit]\nrabbit_stream_fanout = true\n';
    assert.equal(only(lintText('magnum.conf', text, { release: '2024.1' }), RULE)[0].severity, 'information');
    assert.equal(only(lintText('magnum.conf', text, { release: 'zed' }), RULE)[0].severity, 'warning');
  });

  test('dashes, plugin options with auth_type, application credentials and release-new options are known', () => {
    assert.deepEqual(only(lintFixture('conf/unknown-option-good.conf').diagnostics, RULE), []);
  });

  test('an auth plugin magnum-heat does not know accepts any option', () => {
    assert.deepEqual(only(lintText('magnum.conf', '[keystone_auth]\nauth_type = v3oidcpassword\nidentity_provider = sso\n'), RULE), []);
  });
});
