import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'keystone-admin-port';

describe(RULE, () => {
  test('reports the port of every http(s) URL on 35357, a quoted value included; not a rabbit URL', () => {
    const { text, diagnostics } = lintFixture('conf/keystone-admin-port-bad.conf');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => [d.severity, d.range]), [
      ['warning', rangeOf(text, '35357', 1)],
      ['warning', rangeOf(text, '35357', 2)],
    ]);
    assert.match(found[0].message, /^www_authenticate_uri points at port 35357, Keystone's admin endpoint/);
  });

  test('the preferred fix moves each URL to port 5000 and nothing is left', () => {
    const { text, diagnostics } = lintFixture('conf/keystone-admin-port-bad.conf');
    let fixed = text;
    for (const d of only(lintText('magnum.conf', fixed), RULE).reverse()) fixed = applyFix(fixed, d);
    assert.equal(fixed, text
      .replace('http://keystone.example.com:35357/v3', 'http://keystone.example.com:5000/v3')
      .replace('"https://keystone.example.com:35357"', '"https://keystone.example.com:5000"'));
    assert.equal(only(diagnostics, RULE)[0].fixes[0].title, 'Use port 5000');
    assert.deepEqual(only(lintText('magnum.conf', fixed), RULE), []);
  });

  test('35357 elsewhere in a URL, or as a plain number, is not a port', () => {
    assert.deepEqual(only(lintFixture('conf/keystone-admin-port-good.conf').diagnostics, RULE), []);
  });
});
