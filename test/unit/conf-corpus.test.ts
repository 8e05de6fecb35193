/**
 * Corpus checks: a full magnum.conf written from the install guide's options yields exactly the
 * expected findings per release, and no option the real oslo-config-generator lists (the Zed output
 * beside the checkout) is ever unknown.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { applyEdits, preferredEdits } from '../../server/src/engine/core/fix';
import { lintFixture, lintText, rangeOf, REPO_ROOT } from '../support/fixtures';

const GENERATOR_OUTPUT = join(REPO_ROOT, '..', 'shared', 'facts', 'magnum-options-zed.json');

interface GeneratedOption {
  name: string;
  default: unknown;
}

describe('install-guide magnum.conf', () => {
  const findings = (release: string) => {
    const { text, diagnostics } = lintFixture('conf/install-guide.conf', { release });
    return { text, found: diagnostics.map((d) => [d.rule, d.severity, d.range]) };
  };

  test('2026.1: Barbican hint, no [keystone_auth] (legacy fallback), single-label Keystone host', () => {
    const { text, found } = findings('2026.1');
    assert.deepEqual(found, [
      ['cert-manager-barbican', 'hint', rangeOf(text, 'barbican')],
      ['keystone-auth-missing', 'warning', rangeOf(text, '[keystone_authtoken]')],
      ['endpoint-host-unresolvable', 'warning', rangeOf(text, 'controller', 5)],
    ]);
  });

  test('zed adds the empty docker volume type; rocky also wants auth_uri next to www_authenticate_uri', () => {
    const zed = findings('zed');
    const dockerVolume = ['docker-volume-type-empty', 'warning', rangeOf(zed.text, '[DEFAULT]')];
    assert.deepEqual(zed.found, [dockerVolume, ...findings('2026.1').found]);
    const rocky = findings('rocky');
    assert.deepEqual(rocky.found, [
      dockerVolume,
      ['cert-manager-barbican', 'hint', rangeOf(rocky.text, 'barbican')],
      ['keystone-auth-missing', 'warning', rangeOf(rocky.text, '[keystone_authtoken]')],
      ['auth-uri-deprecated', 'warning', rangeOf(rocky.text, 'www_authenticate_uri')],
      ['endpoint-host-unresolvable', 'warning', rangeOf(rocky.text, 'controller', 5)],
    ]);
  });

  test('applying the preferred fixes (what --fix does) converges and leaves only what needs a human', () => {
    for (const release of ['rocky', '2026.1']) {
      let text = lintFixture('conf/install-guide.conf').text;
      for (let pass = 0; pass < 5; pass++) {
        const next = applyEdits(text, preferredEdits(lintText('magnum.conf', text, { release }))).text;
        if (next === text) break;
        text = next;
      }
      const left = lintText('magnum.conf', text, { release }).map((d) => d.rule);
      assert.ok(text.includes('[keystone_auth]\nauth_type = password\nauth_url = http://controller:5000\nusername = magnum\npassword = MAGNUM_PASS\n'), release);
      assert.deepEqual([...new Set(left)].sort(), release === 'rocky'
        ? ['cert-manager-barbican', 'docker-volume-type-empty', 'endpoint-host-unresolvable']
        : ['cert-manager-barbican', 'endpoint-host-unresolvable'], release);
    }
  });
});

describe('the real oslo-config-generator output (Zed)', { skip: !existsSync(GENERATOR_OUTPUT) && 'no facts beside the checkout' }, () => {
  const groups = existsSync(GENERATOR_OUTPUT) ? JSON.parse(readFileSync(GENERATOR_OUTPUT, 'utf8')).groups as Record<string, GeneratedOption[]> : {};
  const file = (value: (o: GeneratedOption) => string | undefined) => Object.entries(groups)
    .map(([group, options]) => [`[${group}]`, ...options.flatMap((o) => {
      const v = value(o);
      return v === undefined ? [] : [`${o.name} = ${v}`];
    })].join('\n'))
    .join('\n\n');

  test('holds hundreds of options in dozens of groups', () => {
    assert.ok(Object.keys(groups).length > 30);
    assert.ok(Object.values(groups).flat().length > 300);
  });

  test('no listed group or option is unknown in zed, spelt as listed (dashes included)', () => {
    const text = file(() => 'x');
    const unknown = lintText('magnum.conf', text, { release: 'zed' })
      .filter((d) => d.rule === 'unknown-option' || d.rule === 'unknown-section')
      .map((d) => `${d.range.start.line + 1}: ${d.message}`);
    assert.deepEqual(unknown, []);
  });

  test('every listed default is a valid value of its option', () => {
    const format = (o: GeneratedOption) => (o.default === null ? undefined : Array.isArray(o.default) ? o.default.join(',') : String(o.default));
    const invalid = lintText('magnum.conf', file(format), { release: 'zed' })
      .filter((d) => d.rule === 'invalid-value')
      .map((d) => `${d.range.start.line + 1}: ${d.message}`);
    assert.deepEqual(invalid, []);
  });
});
