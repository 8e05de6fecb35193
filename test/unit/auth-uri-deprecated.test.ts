import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'auth-uri-deprecated';

describe(RULE, () => {
  test('reports the auth_uri key in [keystone_authtoken] as a deprecated warning', () => {
    const { text, diagnostics } = lintFixture('conf/auth-uri-bad.conf');
    const found = only(diagnostics, RULE);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].range, rangeOf(text, 'auth_uri'));
    assert.equal(found[0].severity, 'warning');
    assert.deepEqual(found[0].tags, ['deprecated']);
    assert.match(found[0].message, /Queens/);
    assert.match(found[0].message, /keystonemiddleware 13\.0\.0/);
  });

  test('the preferred fix renames the key and the warning goes', () => {
    const { text, diagnostics } = lintFixture('conf/auth-uri-bad.conf');
    const [finding] = only(diagnostics, RULE);
    const fixed = applyFix(text, finding);
    assert.equal(fixed, text.replace('auth_uri =', 'www_authenticate_uri ='));
    assert.deepEqual(only(lintText('magnum.conf', fixed), RULE), []);
  });

  test('when www_authenticate_uri is already set, the fix removes the old line', () => {
    const { text, diagnostics } = lintFixture('conf/auth-uri-both.conf');
    const [finding] = only(diagnostics, RULE);
    assert.equal(finding.fixes.length, 1);
    const fixed = applyFix(text, finding);
    assert.equal(fixed, text.replace('auth_uri = http://controller.example.com:5000/v3\n', ''));
    assert.deepEqual(only(lintText('magnum.conf', fixed), RULE), []);
  });

  test('on rocky the preferred fix keeps auth_uri and adds www_authenticate_uri with the same value', () => {
    const { text, diagnostics } = lintFixture('conf/auth-uri-bad.conf', { release: 'rocky' });
    const [finding] = only(diagnostics, RULE);
    assert.equal(finding.fixes.length, 2);
    const fixed = applyFix(text, finding);
    assert.equal(fixed, text.replace('auth_uri = http://controller.example.com:5000/v3\n',
      'auth_uri = http://controller.example.com:5000/v3\nwww_authenticate_uri = http://controller.example.com:5000/v3\n'));
    assert.equal(applyFix(text, finding, /^Rename/), text.replace('auth_uri =', 'www_authenticate_uri ='));
  });

  test('dash spelling, other sections and the new key are handled', () => {
    assert.equal(only(lintText('magnum.conf', '[keystone_authtoken]\nauth-uri = http://k.example.com:5000\n'), RULE).length, 1);
    assert.deepEqual(only(lintFixture('conf/auth-uri-good.conf').diagnostics, RULE), []);
  });

  test('a rule set to off is not reported, and a severity override applies', () => {
    assert.deepEqual(only(lintFixture('conf/auth-uri-bad.conf', { rules: { [RULE]: 'off' } }).diagnostics, RULE), []);
    assert.equal(only(lintFixture('conf/auth-uri-bad.conf', { rules: { [RULE]: 'error' } }).diagnostics, RULE)[0].severity, 'error');
  });
});

test('auth-uri-deprecated: on rocky, both keys set is left alone, so --fix passes stop there', () => {
  assert.deepEqual(only(lintFixture('conf/auth-uri-both.conf', { release: 'rocky' }).diagnostics, 'auth-uri-deprecated'), []);
});
