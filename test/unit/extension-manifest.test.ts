/** package.json as VS Code reads it: what the extension contributes matches the code and the knowledge. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CAPI_PACKAGES, capiVersions } from '../../server/src/engine/knowledge/capi-drivers';
import { RELEASES } from '../../server/src/engine/knowledge/releases';
import { REPO_ROOT } from '../support/fixtures';

interface Manifest {
  icon: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: boolean };
  contributes: {
    languages: Array<{ id: string; filenames: string[]; filenamePatterns: string[]; configuration: string }>;
    grammars: Array<{ language: string; scopeName: string; path: string }>;
    snippets: Array<{ language: string; path: string }>;
    commands: Array<{ command: string; title: string; category: string }>;
    configuration: { properties: Record<string, { enum?: string[]; default?: unknown }> };
  };
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
const source = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

describe('extension manifest', () => {
  test('activates on our languages only, never on every start', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:magnum-conf', 'onLanguage:ini', 'onLanguage:yaml', 'onLanguage:shellscript', 'onLanguage:markdown', 'onLanguage:restructuredtext', 'onLanguage:terraform', 'onLanguage:ansible']);
    assert.match(source('client/src/extension.ts'), /\{ language: 'shellscript' \},\s*\{ language: 'markdown' \},\s*\{ language: 'restructuredtext' \}/);
  });

  test('.tf files are the terraform language even without a Terraform extension (the same id as HashiCorp\'s, so the two merge)', () => {
    const terraform = manifest.contributes.languages.find((l) => l.id === 'terraform') as { extensions?: string[] } | undefined;
    assert.deepEqual(terraform?.extensions, ['.tf']);
    assert.match(source('client/src/extension.ts'), /\{ language: 'terraform' \}/);
  });

  test('supported in untrusted and virtual workspaces', () => {
    assert.deepEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });

  test('the magnum-conf language: file names, grammar, snippets; Heat snippets go to yaml', () => {
    const [language] = manifest.contributes.languages;
    assert.equal(language.id, 'magnum-conf');
    assert.deepEqual(language.filenames, ['magnum.conf', 'magnum.conf.sample']);
    assert.deepEqual(language.filenamePatterns, ['**/magnum/*.conf']);
    assert.deepEqual(manifest.contributes.grammars.map((g) => [g.language, g.scopeName]), [['magnum-conf', 'source.magnum-conf']]);
    assert.deepEqual(manifest.contributes.snippets.map((s) => s.language), ['magnum-conf', 'yaml']);
    for (const path of [manifest.icon, language.configuration, ...manifest.contributes.grammars.map((g) => g.path), ...manifest.contributes.snippets.map((s) => s.path)]) {
      assert.ok(existsSync(join(REPO_ROOT, path)), `${path} exists`);
    }
  });

  test('every setting the server reads is contributed; the releases are the knowledge\'s', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties).sort(), [
      'magnumHeat.capiDriver', 'magnumHeat.debounceMs', 'magnumHeat.driver', 'magnumHeat.driverVersions', 'magnumHeat.environments', 'magnumHeat.release',
      'magnumHeat.rules', 'magnumHeat.run', 'magnumHeat.templateGlobs', 'magnumHeat.trace.server',
    ]);
    assert.deepEqual(properties['magnumHeat.release'].enum, ['', ...RELEASES]);
    assert.deepEqual(properties['magnumHeat.run'].enum, ['onType', 'onSave']);
    const settingsSource = source('server/src/engine/settings/editor.ts');
    assert.deepEqual(properties['magnumHeat.capiDriver'].enum, ['', ...CAPI_PACKAGES]);
    const versions = (properties['magnumHeat.driverVersions'] as unknown as { properties: Record<string, { enum: string[] }> }).properties;
    assert.deepEqual(Object.fromEntries(Object.entries(versions).map(([p, v]) => [p, v.enum])), Object.fromEntries(CAPI_PACKAGES.map((p) => [p, capiVersions(p)])));
    for (const key of ['release', 'driver', 'capiDriver', 'driverVersions', 'rules', 'run', 'debounceMs', 'templateGlobs', 'environments']) {
      assert.match(settingsSource, new RegExp(`input\\.${key}\\b`), `settings.ts reads ${key}`);
    }
  });

  test('the commands contributed are the commands the client registers', () => {
    const registered = [...source('client/src/commands.ts').matchAll(/^  \w+: '(magnumHeat\.\w+)',$/gm)].map((m) => m[1]).sort();
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), registered);
    assert.ok(manifest.contributes.commands.every((c) => c.category === 'Magnum/Heat'));
    assert.ok(manifest.contributes.commands.some((c) => c.title === 'Show why this file is (not) checked'));
  });
});
