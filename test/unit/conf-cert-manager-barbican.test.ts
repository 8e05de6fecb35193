import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'cert-manager-barbican';

describe(RULE, () => {
  test('barbican is a hint on the value with two fixes, none preferred', () => {
    const { text, diagnostics } = lintFixture('conf/cert-manager-barbican-bad.conf');
    const [d] = only(diagnostics, RULE);
    assert.deepEqual([d.severity, d.range], ['hint', rangeOf(text, 'barbican')]);
    assert.deepEqual(d.fixes.map((f) => [f.title, f.isPreferred ?? false]), [
      ['Use x509keypair (certificates kept in the Magnum database)', false],
      ['Use local (the directory in [certificates] storage_path (default /var/lib/magnum/certificates/) must exist and belong to the magnum user)', false],
    ]);
    assert.equal(applyFix(text, d, /x509keypair/), '[certificates]\ncert_manager_type = x509keypair\n');
    assert.equal(applyFix(text, d, /local/), '[certificates]\ncert_manager_type = local\n');
  });

  test('a [certificates] section without cert_manager_type uses barbican: hint on the header, the fix adds the line', () => {
    const { text, diagnostics } = lintFixture('conf/cert-manager-barbican-default.conf');
    const [d] = only(diagnostics, RULE);
    assert.deepEqual(d.range, rangeOf(text, '[certificates]'));
    assert.equal(applyFix(text, d, /x509keypair/), text.replace('certificates/\n', 'certificates/\ncert_manager_type = x509keypair\n'));
  });

  test('local gets the storage_path note; x509keypair and files without [certificates] get nothing', () => {
    const [note] = only(lintText('magnum.conf', '[certificates]\ncert_manager_type = local\n'), RULE);
    assert.deepEqual([note.severity, note.fixes], ['hint', []]);
    assert.match(note.message, /storage_path \(default \/var\/lib\/magnum\/certificates\/\) must exist and belong to the magnum user/);
    assert.deepEqual(only(lintFixture('conf/cert-manager-barbican-good.conf').diagnostics, RULE), []);
    assert.deepEqual(only(lintText('magnum.conf', '[api]\nport = 9511\n'), RULE), []);
  });
});
