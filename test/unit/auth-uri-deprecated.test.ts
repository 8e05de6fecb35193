import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseConf } from '../../server/src/engine/languages/conf/tokenizer';
import { confOption, DEVELOPMENT_SERIES } from '../../server/src/engine/knowledge/conf-options';
import { RELEASES } from '../../server/src/engine/knowledge/releases';
import { authUriDeprecated } from '../../server/src/engine/languages/conf/rules/auth-uri-deprecated';
import { applyFix, lintFixture, lintText, only, rangeOf, readFixture } from '../support/fixtures';

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

describe('auth-uri-deprecated per release', () => {
  test('a warning in every known release, since each one\'s keystonemiddleware still reads auth_uri', () => {
    for (const release of RELEASES) {
      const found = only(lintFixture('conf/auth-uri-bad.conf', { release }).diagnostics, 'auth-uri-deprecated');
      assert.deepEqual(found.map((d) => d.severity), ['warning'], release);
    }
  });

  test('an error in the release whose keystonemiddleware removed it (from the knowledge, not hard-coded)', () => {
    const info = confOption('keystone_authtoken', 'auth_uri')!;
    assert.equal(info.removedIn, DEVELOPMENT_SERIES);
    const doc = parseConf(readFixture('conf/auth-uri-bad.conf'));
    const [finding] = [...authUriDeprecated.check({ doc, release: DEVELOPMENT_SERIES })];
    assert.equal(finding.severity, 'error');
    assert.equal(finding.message, `auth_uri is deprecated since Queens in favour of www_authenticate_uri; ${DEVELOPMENT_SERIES} no longer has it (keystonemiddleware 13.0.0 removed it): services ignore this value.`);
  });

  test('on rocky, www_authenticate_uri alone is reported: the fix adds auth_uri with the same value', () => {
    const text = '[keystone_authtoken]\nwww_authenticate_uri = http://controller.example.com:5000/v3\nauth_type = password\n';
    const [d] = only(lintText('magnum.conf', text, { release: 'rocky' }), 'auth-uri-deprecated');
    assert.deepEqual(d.range, rangeOf(text, 'www_authenticate_uri'));
    assert.match(d.message, /^Magnum before 7\.1\.0 \(rocky\) reads only auth_uri: with www_authenticate_uri alone every Keystone call fails with "'NoneType' object has no attribute 'replace'"/);
    const fixed = applyFix(text, d);
    assert.equal(fixed, text.replace('/v3\n', '/v3\nauth_uri = http://controller.example.com:5000/v3\n'));
    assert.deepEqual(only(lintText('magnum.conf', fixed, { release: 'rocky' }), 'auth-uri-deprecated'), []);
    assert.deepEqual(only(lintText('magnum.conf', text, { release: 'stein' }), 'auth-uri-deprecated'), []);
  });
});
