import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeSettings } from '../../server/src/engine/settings/editor';

function normalize(raw: unknown): { settings: ReturnType<typeof normalizeSettings>; warnings: string[] } {
  const warnings: string[] = [];
  return { settings: normalizeSettings(raw, (m) => warnings.push(m)), warnings };
}

describe('server settings are validated at run time', () => {
  test('defaults for nothing at all', () => {
    for (const raw of [undefined, null, 42, 'x', {}]) {
      assert.deepEqual(normalize(raw), { settings: { debounceMs: 150, run: 'onType', templateGlobs: [] }, warnings: [] });
    }
  });

  test('valid values are taken', () => {
    const raw = { release: 'rocky', driver: 'k8s_fedora_atomic_v1', debounceMs: 0, run: 'onSave', templateGlobs: ['templates/*.yaml'], rules: { 'auth-uri-deprecated': 'off' } };
    assert.deepEqual(normalize(raw), {
      settings: { release: 'rocky', driver: 'k8s_fedora_atomic_v1', debounceMs: 0, run: 'onSave', templateGlobs: ['templates/*.yaml'], rules: { 'auth-uri-deprecated': 'off' } },
      warnings: [],
    });
  });

  test('invalid values fall back, each with a warning', () => {
    const raw = { release: 'folsom', debounceMs: -5, run: 'sometimes', templateGlobs: ['ok/*.yaml', '', 7, 'bad[z-a].yaml'], rules: { 'auth-uri-deprecated': 'loud' } };
    assert.deepEqual(normalize(raw), {
      settings: { debounceMs: 150, run: 'onType', templateGlobs: ['ok/*.yaml'], rules: {} },
      warnings: [
        "magnumHeat.release 'folsom' is not a known OpenStack release; using the newest.",
        "magnumHeat.debounceMs: '-5' is not a number of milliseconds >= 0; using 150.",
        "magnumHeat.run: 'sometimes' is not one of onType, onSave; checking on type.",
        'magnumHeat.templateGlobs: "" is not a glob; ignored.',
        'magnumHeat.templateGlobs: 7 is not a glob; ignored.',
        "magnumHeat.templateGlobs: 'bad[z-a].yaml' is not a valid glob; ignored.",
        "magnumHeat.rules.auth-uri-deprecated: 'loud' is not one of off, error, warning, information, hint.",
      ],
    });
  });

  test('templateGlobs must be a list', () => {
    assert.deepEqual(normalize({ templateGlobs: 'templates/*.yaml' }).warnings, ['magnumHeat.templateGlobs must be a list of globs; ignored.']);
  });
});
