import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'unknown-section';

describe(RULE, () => {
  test('unknown section names are reported on the name; a close one gets a rename fix', () => {
    const { text, diagnostics } = lintFixture('conf/unknown-section-bad.conf');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => [d.severity, d.range, d.fixes.map((f) => f.title)]), [
      ['warning', rangeOf(text, 'default'), ['Change to [DEFAULT]']],
      ['warning', rangeOf(text, 'keystone_authtokn'), ['Change to [keystone_authtoken]']],
      ['warning', rangeOf(text, 'magnum_cluster'), []],
    ]);
    assert.match(found[0].message, /only \[DEFAULT\], in capitals, is the default group/);
    assert.equal(applyFix(text, found[1]), text.replace('[keystone_authtokn]', '[keystone_authtoken]'));
  });

  test('case-insensitive group names, auth_section targets and old group names are known', () => {
    assert.deepEqual(only(lintFixture('conf/unknown-section-good.conf').diagnostics, RULE), []);
    assert.deepEqual(only(lintText('magnum.conf', '[bay]\netcd_discovery_service_endpoint_format = https://discovery.etcd.io/new?size=%(size)d\n', { release: 'zed' }), RULE), []);
  });

  test('a group of other releases only says which', () => {
    const [d] = only(lintText('magnum.conf', '[kubernetes]\nhealth_polling_interval = 60\n', { release: 'rocky' }), RULE);
    assert.equal(d.message, '[kubernetes] is not an option group in rocky (it exists in train – 2026.1); its options are ignored.');
  });
});
