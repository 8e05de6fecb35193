import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Range } from '../../server/src/engine/core/types';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'invalid-value';

/** The range of the last character of a range on one line. */
const lastChar = (r: Range): Range => ({ start: { line: r.end.line, character: r.end.character - 1 }, end: r.end });

describe(RULE, () => {
  test('every type oslo.config converts is checked, on the value', () => {
    const { text, diagnostics } = lintFixture('conf/invalid-value-bad.conf');
    assert.deepEqual(only(diagnostics, RULE).map((d) => [d.range, d.message]), [
      [rangeOf(text, 'Yes please'), "'Yes please' is not a boolean (oslo.config accepts true/false, yes/no, on/off, 1/0 in any case). The service fails when it reads this option."],
      [rangeOf(text, 'rabbit://openstack:S3CR3T@rabbit.example.com:5672x/'), 'The port of host rabbit.example.com is not a number. The service fails when it reads this option.'],
      [rangeOf(text, '0'), "'0' is below the minimum 1. The service fails when it reads this option."],
      [rangeOf(text, '95111'), "'95111' is above the maximum 65535. The service fails when it reads this option."],
      [rangeOf(text, 'api.example.com'), "'api.example.com' is not an IPv4 or IPv6 address. The service fails when it reads this option."],
      [rangeOf(text, '1.5'), "'1.5' is not an integer. The service fails when it reads this option."],
      [rangeOf(text, 'encrypted'), "'encrypted' is not one of None, MAC, ENCRYPT. The service fails when it reads this option."],
      [rangeOf(text, 'keystone.example.com:5000'), "'keystone.example.com:5000' is not a URL of the form scheme://host[:port]/path. The service fails when it reads this option."],
      [rangeOf(text, 'X509keypair'), "'X509keypair' is not one of barbican, x509keypair, local. The service fails when it reads this option."],
      [lastChar(rangeOf(text, 'kombu_reconnect_delay = 5')), "'5' is above the maximum 4.5. The service fails when it reads this option."],
      [rangeOf(text, 'mysql+pymysql://magnum:DBPASS@db.example.com:port/magnum'), 'The port of host db.example.com is not a number. The service fails when it reads this option.'],
    ]);
    assert.ok(only(diagnostics, RULE).every((d) => d.severity === 'error'));
  });

  test('secret values and passwords in URLs never appear in a message', () => {
    const messages = only(lintFixture('conf/invalid-value-bad.conf').diagnostics, RULE).map((d) => d.message).join('\n');
    assert.doesNotMatch(messages, /S3CR3T|DBPASS/);
    const [d] = only(lintText('magnum.conf', '[keystone_authtoken]\nwww_authenticate_uri = http://me:PW1@:5000\n'), RULE);
    assert.doesNotMatch(d.message, /PW1/);
  });

  test('a choice in the wrong case or a letter away is the preferred fix', () => {
    const { text, diagnostics } = lintFixture('conf/invalid-value-bad.conf');
    const onValue = (value: string) => only(diagnostics, RULE).find((d) => d.message.startsWith(`'${value}'`))!;
    assert.equal(applyFix(text, onValue('X509keypair')), text.replace('= X509keypair', '= x509keypair'));
    assert.equal(applyFix(text, onValue('encrypted')), text.replace('= encrypted', '= ENCRYPT'));
    assert.equal(onValue('Yes please').fixes.length, 0);
    assert.equal(applyFix('[DEFAULT]\ndebug = falsee\n', only(lintText('magnum.conf', '[DEFAULT]\ndebug = falsee\n'), RULE)[0]), '[DEFAULT]\ndebug = false\n');
  });

  test('list items are checked against the release\'s allowed items', () => {
    const text = '[x509]\nallowed_key_usage = Digital Signature, Bogus\n';
    const [d] = only(lintText('magnum.conf', text, { release: '2025.1' }), RULE);
    assert.match(d.message, /^'Bogus' is not an allowed item \(allowed: Digital Signature, /);
    assert.deepEqual(only(lintText('magnum.conf', text, { release: '2024.2' }), RULE), [], 'no item choices before 2025.1');
  });

  test('any-case booleans and choices, empty integers, IPv6, multi-host transport URLs, sqlite URLs, substitutions are valid', () => {
    assert.deepEqual(only(lintFixture('conf/invalid-value-good.conf').diagnostics, RULE), []);
  });
});
