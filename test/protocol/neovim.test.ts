/** Neovim (Debian's, headless, installed by scripts/setup-test-deps.sh) with the server attached to a magnum.conf gets our diagnostics. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { REPO_ROOT, SERVER_PATH } from './lsp-client';

const SCRIPT = join(REPO_ROOT, 'test', 'protocol', 'neovim', 'attach.lua');

describe('Neovim', () => {
  test('opening a magnum.conf with the server attached: its filetype is conf, and auth-uri-deprecated arrives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mh-nvim-'));
    const file = join(dir, 'magnum.conf');
    // The comment makes Neovim 0.7 call it `conf` (without one it has no filetype; newer ones say `conf` anyway).
    writeFileSync(file, '# Magnum API and conductor\n[keystone_authtoken]\nauth_uri = http://keystone.example.com:5000/v3\n');
    const out = join(dir, 'published.json');
    const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${SCRIPT}`], {
      encoding: 'utf8', timeout: 60_000,
      env: { ...process.env, MH_NODE: process.execPath, MH_SERVER: SERVER_PATH, MH_FILE: file, MH_OUT: out },
    });
    assert.equal(run.error, undefined, `nvim could not run (scripts/setup-test-deps.sh installs it): ${String(run.error)}`);
    assert.equal(run.status, 0, run.stderr);
    const published = JSON.parse(readFileSync(out, 'utf8')) as { filetype: string; uri: string; diagnostics: Array<{ code: string; source: string; range: unknown }> };
    assert.equal(published.filetype, 'conf');
    assert.equal(published.uri, pathToFileURL(file).toString());
    assert.deepEqual(published.diagnostics.map((d) => [d.source, d.code, d.range]), [
      ['magnum-heat', 'auth-uri-deprecated', { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } }],
    ]);
  });
});
