import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { completeAt } from '../../server/src/engine';
import type { LintSettings } from '../../server/src/engine/core/types';

const CURSOR = '|';

/** Completion at the `|` in the text (which is removed). */
function complete(textWithCursor: string, settings: LintSettings = {}) {
  const offset = textWithCursor.indexOf(CURSOR);
  const text = textWithCursor.replace(CURSOR, '');
  const proposals = completeAt(analyze({ path: 'magnum.conf', text }), offset, settings);
  return { text, offset, proposals, labels: proposals.map((p) => p.label) };
}

describe('magnum.conf completion', () => {
  test('after [ : the groups of the release, closing the bracket when it is missing', () => {
    const { proposals, labels, offset } = complete('[DEFAULT]\n\n[keys|');
    assert.ok(labels.includes('keystone_authtoken') && labels.includes('oslo_messaging_rabbit') && labels.includes('DEFAULT'));
    const authtoken = proposals.find((p) => p.label === 'keystone_authtoken')!;
    assert.deepEqual([authtoken.kind, authtoken.insertText, authtoken.replace], ['section', 'keystone_authtoken]', { start: offset - 4, end: offset }]);
    assert.equal(authtoken.detail, 'keystonemiddleware');
    const closed = complete('[ci|nder]\n').proposals.find((p) => p.label === 'cinder')!;
    assert.deepEqual([closed.insertText, closed.replace], ['cinder', { start: 1, end: 7 }]);
    assert.ok(!complete('[|', { release: 'rocky' }).labels.includes('kubernetes'), 'no [kubernetes] before train');
  });

  test('at a line start: the options of the section as snippets with the default, minus those already set', () => {
    const { proposals, labels, offset } = complete('[keystone_authtoken]\nmemcached_servers = m.example.com:11211\nme|\n');
    assert.ok(!labels.includes('memcached_servers'));
    const strategy = proposals.find((p) => p.label === 'memcache_security_strategy')!;
    assert.deepEqual([strategy.kind, strategy.insertText, strategy.snippet, strategy.detail], ['option', 'memcache_security_strategy = ${1:None}', true, 'StrOpt · default None']);
    assert.match(strategy.documentation!, /Choices: `None`, `MAC`, `ENCRYPT`/);
    assert.deepEqual(strategy.replace, { start: offset - 2, end: offset });
    const secret = proposals.find((p) => p.label === 'memcache_secret_key')!;
    assert.deepEqual([secret.insertText, secret.detail], ['memcache_secret_key = ${1:}', 'StrOpt · secret']);
  });

  test('the selected auth plugin\'s options are offered in auth groups; options of the release only', () => {
    assert.ok(complete('[keystone_auth]\nauth_type = password\n|').labels.includes('user_domain_name'));
    assert.ok(complete('[keystone_auth]\nauth_type = v3applicationcredential\n|').labels.includes('application_credential_secret'));
    assert.ok(!complete('[cinder]\n|', { release: 'rocky' }).labels.includes('default_boot_volume_size'));
    assert.ok(complete('[cinder]\n|', { release: 'train' }).labels.includes('default_boot_volume_size'));
  });

  test('after = : choices, booleans and auth plugins replace the value typed so far', () => {
    const { proposals, offset } = complete('[keystone_authtoken]\nmemcache_security_strategy = M|\n');
    assert.deepEqual(proposals.map((p) => p.label), ['None', 'MAC', 'ENCRYPT']);
    assert.deepEqual([proposals[0].kind, proposals[0].replace], ['value', { start: offset - 1, end: offset }]);
    assert.deepEqual(complete('[DEFAULT]\ndebug = |').labels, ['true', 'false']);
    assert.ok(complete('[keystone_auth]\nauth_type = |').labels.includes('v3applicationcredential'));
    assert.deepEqual(complete('[certificates]\ncert_manager_type = |').labels, ['barbican', 'x509keypair', 'local']);
    assert.deepEqual(complete('[DEFAULT]\nlog_file = |').labels, []);
    assert.ok(complete('[x509]\nallowed_key_usage = |', { release: '2025.1' }).labels.includes('CRL Sign'));
    assert.deepEqual(complete('[x509]\nallowed_key_usage = |', { release: '2024.2' }).labels, []);
    const item = complete('[x509]\nallowed_key_usage = Digital Signature, CR|', { release: '2025.1' });
    assert.deepEqual(item.proposals.find((p) => p.label === 'CRL Sign')!.replace, { start: item.offset - 2, end: item.offset });
  });

  test('nothing in comments, continuation lines, before any section or in unknown sections', () => {
    assert.deepEqual(complete('[DEFAULT]\n# de|').labels, []);
    assert.deepEqual(complete('[DEFAULT]\nfoo = a\n  b|').labels, []);
    assert.deepEqual(complete('de|').labels, []);
    assert.deepEqual(complete('[nonsense]\nx|').labels, []);
  });
});
