import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { hoverAt } from '../../server/src/engine';
import type { LintSettings } from '../../server/src/engine/core/types';

function hover(text: string, needle: string, settings: LintSettings = {}, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not in text`);
  const result = hoverAt(analyze({ path: 'magnum.conf', text }), at + 1, settings);
  return result && { markdown: result.markdown, text: text.slice(result.span.start, result.span.end) };
}

const TEXT = [
  '[DEFAULT]',
  'transport_url = rabbit://openstack:S3cret@rabbit.example.com',
  'logfile = /var/log/magnum.log',
  '',
  '[database]',
  'connection = mysql+pymysql://magnum:DbS3cret@db.example.com/magnum',
  '',
  '[keystone_authtoken]',
  'interface = internal',
  'memcache_security_strategy = MAC',
  'password = AuthS3cret',
  '',
  '[keystone_auth]',
  'auth_type = password',
  'password = AuthS3cret',
  'tenant_name = service',
  '',
  '[bay_heat]',
  'max_attempts = 10',
  '',
].join('\n');

describe('magnum.conf hover', () => {
  test('a library group says who registers it, and the release in force closes every hover', () => {
    const h = hover(TEXT, '[database]', { release: 'zed' })!;
    assert.equal(h.text, '[database]');
    assert.equal(h.markdown, '**[database]** · option group of magnum.conf\n\nThe Magnum database connection and its pool (oslo.db).\n\nRegistered by oslo.db.\n\nKnown in releases rocky – 2026.1.\n\n---\n*magnum-heat · OpenStack zed*');
  });

  test('an auth group names the plugin its auth_type selects', () => {
    assert.match(hover(TEXT, '[keystone_auth]')!.markdown, /Auth plugin: `password`\./);
    assert.match(hover(TEXT, '[keystone_authtoken]')!.markdown, /Auth plugin: `none \(legacy admin_\* options\)`\./);
  });

  test('an option with choices, its default of the release, and its summary', () => {
    const h = hover(TEXT, 'memcache_security_strategy')!;
    assert.match(h.markdown, /^\*\*memcache_security_strategy\*\* · `\[keystone_authtoken\]` · StrOpt\n\nProtect cached token data/);
    assert.match(h.markdown, /Choices: `None`, `MAC`, `ENCRYPT` \(any case\)\./);
    assert.match(hover(TEXT, 'interface', { release: 'train' })!.markdown, /Default: `admin`/);
    assert.match(hover(TEXT, 'interface', { release: '2026.1' })!.markdown, /Default: `internal`/);
  });

  test('secrets: no default, and never the value, in any hover of the file', () => {
    const hovers = ['transport_url', 'connection', 'password', 'S3cret', 'DbS3cret'].map((n) => hover(TEXT, n)?.markdown ?? '');
    hovers.push(hover(TEXT, 'password =', {}, 1)!.markdown);
    for (const markdown of hovers) assert.doesNotMatch(markdown, /S3cret/);
    assert.match(hover(TEXT, 'transport_url')!.markdown, /Secret: its value is never shown by magnum-heat\./);
    assert.match(hover(TEXT, 'transport_url')!.markdown, /A URL \(driver:\/\/user:pass@host:port\/, several hosts allowed\)\./);
  });

  test('plugin options: read by the selected plugin, or ignored without auth_type', () => {
    assert.match(hover(TEXT, 'password =', {}, 1)!.markdown, /Read by the keystoneauth `password` plugin that `auth_type` selects\./);
    assert.match(hover(TEXT, 'password')!.markdown, /^Ignored here: this group sets no `auth_type`\.\n\n\*\*password\*\* · `\[keystone_authtoken\]` · StrOpt/);
  });

  test('old names point at the new option, and say whether the release still reads them', () => {
    assert.match(hover(TEXT, 'logfile')!.markdown, /^`\[DEFAULT\] logfile` is an old name of `\[DEFAULT\] log_file` \(still read, with a deprecation warning\)\./);
    assert.match(hover(TEXT, 'tenant_name')!.markdown, /is an old name of `\[keystone_auth\] project_name`/);
    assert.match(hover(TEXT, 'max_attempts', { release: 'zed' })!.markdown, /\(still read, with a deprecation warning\)/);
    assert.match(hover(TEXT, 'max_attempts', { release: '2023.2' })!.markdown, /\(no longer read in 2023\.2\)/);
    assert.match(hover(TEXT, '[bay_heat]')!.markdown, /^\*\*\[bay_heat\]\*\* · old group name/);
  });

  test('removal and library approximation are stated', () => {
    const text = '[keystone_authtoken]\nauth_uri = http://k.example.com:5000\n\n[oslo_messaging_rabbit]\nheartbeat_rate = 2\n';
    assert.match(hover(text, 'auth_uri')!.markdown, /Known in releases rocky – 2026\.1\. Removed in 2026\.2 \(keystonemiddleware 13\.0\.0\)\./);
    assert.match(hover(text, 'heartbeat_rate')!.markdown, /\*Release data of this library group: the zed catalogue\.\*/);
  });
});
