/**
 * What users install: the npm tarball (CLI and language server, bundled: no runtime dependencies) runs
 * after `npm install -g` into a fresh prefix, offline; the .vsix carries the user README and only the
 * files the extension uses. Needs the built dist/ (npm test builds first).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { REPO_ROOT } from '../support/fixtures';

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & { repository: { url: string }; version: string };
const npm = (cwd: string, ...args: string[]) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

describe('the packages', () => {
  test('package.json names the public repository, homepage and issue tracker; no runtime dependencies (all is bundled)', () => {
    assert.deepEqual(manifest.repository, { type: 'git', url: 'https://github.com/magnum-heat/magnum-heat.git' });
    assert.equal(manifest.homepage, 'https://github.com/magnum-heat/magnum-heat#readme');
    assert.deepEqual(manifest.bugs, { url: 'https://github.com/magnum-heat/magnum-heat/issues' });
    assert.equal(manifest.dependencies, undefined);
  });

  test('npm pack, then npm install -g into a temporary prefix (offline): both commands run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mh-pack-'));
    npm(REPO_ROOT, 'pack', '--ignore-scripts', '--silent', '--pack-destination', dir);
    const tarball = join(dir, `magnum-heat-${manifest.version}.tgz`);
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.ok(files.includes('package/dist/cli.js') && files.includes('package/dist/server.js') && files.includes('package/docs/rules/undefined-parameter.md'));
    assert.deepEqual(files.filter((f) => /^package\/(out|test|server|client|node_modules)\//.test(f) || f.endsWith('.map') || f === 'package/dist/extension.js'), []);
    const prefix = join(dir, 'prefix');
    npm(dir, 'install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball);
    const lint = spawnSync(join(prefix, 'bin', 'magnum-heat'), ['lint', '--format', 'json', join(REPO_ROOT, 'examples')], { encoding: 'utf8' });
    assert.equal(lint.status, 1, lint.stderr);
    const report = JSON.parse(lint.stdout) as { files: Array<{ kind: string }>; summary: { errors: number } };
    assert.ok(report.files.length > 0 && report.summary.errors > 0, lint.stdout);
    const server = spawnSync(join(prefix, 'bin', 'magnum-heat-language-server'), ['--version'], { encoding: 'utf8' });
    assert.equal(server.stdout, `magnum-heat-language-server ${manifest.version}\n`);
  });

  test('the .vsix: the user README as its readme, no CLI bundle, only the screenshots that README shows', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mh-vsix-')), 'magnum-heat.vsix');
    npm(REPO_ROOT, 'run', '--silent', 'package', '--', '--out', out);
    const entries = execFileSync('unzip', ['-Z1', out], { encoding: 'utf8' }).trim().split('\n');
    const readme = execFileSync('unzip', ['-p', out, 'extension/readme.md'], { encoding: 'utf8' });
    assert.equal(readme, readFileSync(join(REPO_ROOT, 'README.vscode.md'), 'utf8'));
    assert.ok(entries.includes('extension/dist/extension.js') && entries.includes('extension/dist/server.js'));
    assert.ok(!entries.includes('extension/dist/cli.js'), 'no CLI bundle');
    const images = entries.filter((e) => e.startsWith('extension/test/')).map((e) => e.slice('extension/'.length));
    assert.ok(images.length > 0);
    for (const image of images) assert.ok(readme.includes(`](${image})`), `${image} is shown by the README`);
  });
});
