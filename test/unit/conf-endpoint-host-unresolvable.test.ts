import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'endpoint-host-unresolvable';

describe(RULE, () => {
  test('single-label hosts in the URLs cluster VMs use are reported on the host', () => {
    const { text, diagnostics } = lintFixture('conf/endpoint-host-unresolvable-bad.conf');
    assert.deepEqual(only(diagnostics, RULE).map((d) => [d.severity, d.range]), [
      ['warning', rangeOf(text, 'controller')],
      ['warning', rangeOf(text, 'keystone', 2)],
      ['warning', rangeOf(text, 'files')],
    ]);
    assert.match(only(diagnostics, RULE)[0].message, /^'controller' is a single-label host name\. Cluster VMs read www_authenticate_uri too/);
  });

  test('the controllers-only [keystone_authtoken] auth_url is not checked', () => {
    const { text, diagnostics } = lintFixture('conf/endpoint-host-unresolvable-bad.conf');
    assert.ok(!only(diagnostics, RULE).some((d) => d.range.start.line === rangeOf(text, 'auth_url = http://controller').start.line));
  });

  test('FQDNs, IPv4, IPv6, localhost and substitutions are fine', () => {
    assert.deepEqual(only(lintFixture('conf/endpoint-host-unresolvable-good.conf').diagnostics, RULE), []);
    const text = '[keystone_authtoken]\nwww_authenticate_uri = http://localhost:5000\n\n[keystone_auth]\nauth_url = http://$keystone_host:5000\n';
    assert.deepEqual(only(lintText('magnum.conf', text), RULE), []);
  });

  test('credentials in the URL are never echoed', () => {
    const [d] = only(lintText('magnum.conf', '[keystone_auth]\nauth_url = http://admin:T0pS3cret@keystone:5000\n'), RULE);
    assert.doesNotMatch(d.message, /T0pS3cret|admin/);
  });
});
