import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseConf } from '../../server/src/engine/languages/conf/tokenizer';
import { keystoneAuthMissing } from '../../server/src/engine/languages/conf/rules/keystone-auth-missing';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'keystone-auth-missing';

describe(RULE, () => {
  test('a main magnum.conf without [keystone_auth]: an error on the [keystone_authtoken] header', () => {
    const { text, diagnostics } = lintFixture('conf/keystone-auth-missing-bad.conf');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => [d.severity, d.range]), [['error', rangeOf(text, '[keystone_authtoken]')]]);
    assert.match(found[0].message, /^magnum\.conf has no \[keystone_auth\] section\. Magnum then cannot authenticate its own Keystone calls/);
    assert.doesNotMatch(JSON.stringify(found[0].message) + found[0].fixes.map((f) => f.title).join(), /MAGNUM_PASS/);
  });

  test('the preferred fix builds [keystone_auth] from the service credentials of [keystone_authtoken]', () => {
    const { text, diagnostics } = lintFixture('conf/keystone-auth-missing-bad.conf');
    const fixed = applyFix(text, only(diagnostics, RULE)[0]);
    assert.equal(fixed, `${text}\n[keystone_auth]\nauth_type = password\nauth_url = https://keystone.example.com:5000\nusername = magnum\npassword = MAGNUM_PASS\nproject_name = service\nuser_domain_name = Default\nproject_domain_name = Default\n`);
    assert.deepEqual(only(lintText('magnum.conf', fixed), RULE), []);
  });

  test('with the legacy admin_user/admin_password still set it is a warning', () => {
    const { text } = lintFixture('conf/keystone-auth-missing-bad.conf');
    const legacy = text.replace('project_name = service\n', 'project_name = service\nadmin_user = magnum\nadmin_password = MAGNUM_PASS\n');
    const [d] = only(lintText('magnum.conf', legacy), RULE);
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /falls back to the deprecated admin_user\/admin_password of \[keystone_authtoken\], which keystonemiddleware 13\.0\.0 removes/);
  });

  test('an incomplete [keystone_auth]: the missing password is reported on the section name and copied in', () => {
    const { text, diagnostics } = lintFixture('conf/keystone-auth-missing-incomplete.conf');
    const [d] = only(diagnostics, RULE);
    assert.deepEqual(d.range, rangeOf(text, 'keystone_auth', 1));
    assert.match(d.message, /^\[keystone_auth\] lacks what its 'password' auth plugin needs: password\./);
    assert.equal(d.fixes[0].title, 'Add password from [keystone_authtoken]');
    const fixed = applyFix(text, d);
    assert.equal(fixed, `${text}password = MAGNUM_PASS\n`);
    assert.deepEqual(only(lintText('magnum.conf', fixed), RULE), []);
  });

  test('values [keystone_authtoken] does not have become tab stops, and the fix is then not preferred', () => {
    const doc = parseConf('[keystone_authtoken]\nauth_url = https://k.example.com:5000\n\n[keystone_auth]\nauth_type = password\n');
    const [finding] = [...keystoneAuthMissing.check({ doc, release: '2026.1' })];
    assert.equal(finding.fixes?.[0].preferred, undefined);
    const [edit] = finding.fixes![0].edits as Array<{ newText: string; snippet?: string }>;
    assert.equal(edit.newText, 'auth_url = https://k.example.com:5000\nusername = USERNAME\npassword = PASSWORD\n');
    assert.equal(edit.snippet, 'auth_url = https://k.example.com:5000\nusername = ${1:USERNAME}\npassword = ${2:PASSWORD}\n');
  });

  test('complete sections, other plugins, auth_section and config fragments are fine', () => {
    assert.deepEqual(only(lintFixture('conf/keystone-auth-missing-good.conf').diagnostics, RULE), []);
    assert.deepEqual(only(lintFixture('conf/unknown-section-good.conf').diagnostics, RULE), [], 'auth_section = service_user, which is complete');
    assert.deepEqual(only(lintFixture('conf/unknown-option-good.conf').diagnostics, RULE), [], 'v3applicationcredential with id and secret');
    const fragment = '[keystone_authtoken]\nauth_type = password\nusername = magnum\npassword = MAGNUM_PASS\n';
    assert.deepEqual(only(lintText('magnum.conf.d/auth.conf', fragment), RULE), [], 'no transport_url or database: a fragment');
  });
});
