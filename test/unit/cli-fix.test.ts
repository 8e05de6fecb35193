import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { assertGolden, PROJECT, projectCopy, runCli } from '../support/cli';

/** Every file of a tree by relative path, with its exact bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) visit(full);
      else out[relative(dir, full)] = readFileSync(full, 'latin1');
    }
  };
  visit(dir);
  return out;
}

interface JsonReport {
  files: Array<{ path: string; diagnostics: Array<{ rule: string; fixes: unknown[] }> }>;
}

describe('magnum-heat lint --fix', () => {
  test('fixes in place, reports what is left, and fixing twice equals fixing once', () => {
    const dir = projectCopy();
    const before = JSON.parse(runCli(dir, 'lint', '--format', 'json', '.').stdout) as JsonReport;
    const first = runCli(dir, 'lint', '--fix', '.');
    assert.equal(first.code, 1, 'the syntax error has no fix');
    assertGolden('fix.txt', first.stdout);
    const once = snapshot(dir);
    const second = runCli(dir, 'lint', '--fix', '.');
    assert.deepEqual([second.code, second.stdout], [first.code, first.stdout]);
    assert.deepEqual(snapshot(dir), once, 'a second --fix changes nothing');
    const after = JSON.parse(runCli(dir, 'lint', '--format', 'json', '.').stdout) as JsonReport;
    const fixable = new Set(before.files.flatMap((f) => f.diagnostics.filter((d) => d.fixes.length > 0).map((d) => `${f.path} ${d.rule}`)));
    assert.ok(fixable.size >= 5, 'the fixtures have fixable findings');
    const left = after.files.flatMap((f) => f.diagnostics.map((d) => `${f.path} ${d.rule}`));
    assert.deepEqual(left.filter((l) => fixable.has(l)), [], 'no fixed finding comes back');
    assert.deepEqual(left, ['syntax.conf conf-syntax']);
  });

  test('the files are what the dry-run diff says, applied with patch(1)', () => {
    const fixed = projectCopy();
    runCli(fixed, 'lint', '--fix', '.');
    const patched = projectCopy();
    const diff = runCli(PROJECT, 'lint', '--fix-dry-run', '.').stdout;
    const patch = spawnSync('patch', ['-p1', '--quiet', '--no-backup-if-mismatch'], { cwd: patched, input: diff, encoding: 'utf8' });
    assert.equal(patch.status, 0, patch.stderr + patch.stdout);
    assert.deepEqual(snapshot(patched), snapshot(fixed));
  });

  test('line endings and a missing final newline are kept; ignored files are untouched', () => {
    const dir = projectCopy();
    runCli(dir, 'lint', '--fix', '.');
    assert.equal(readFileSync(join(dir, 'crlf.conf'), 'utf8'), '[keystone_authtoken]\r\nwww_authenticate_uri = http://controller.example.com:5000/v3\r\nauth_type = password');
    assert.equal(readFileSync(join(dir, 'vendor', 'magnum.conf'), 'utf8'), readFileSync(join(PROJECT, 'vendor', 'magnum.conf'), 'utf8'));
  });

  test('the write is atomic: permissions and symbolic links survive, no temporary file is left', () => {
    const dir = projectCopy();
    chmodSync(join(dir, 'magnum.conf'), 0o640);
    renameSync(join(dir, 'crlf.conf'), join(dir, 'real.conf.txt'));
    symlinkSync('real.conf.txt', join(dir, 'crlf.conf'));
    const names = readdirSync(dir).sort();
    runCli(dir, 'lint', '--fix', 'magnum.conf', 'crlf.conf');
    assert.equal(statSync(join(dir, 'magnum.conf')).mode & 0o777, 0o640);
    assert.equal(lstatSync(join(dir, 'crlf.conf')).isSymbolicLink(), true);
    assert.match(readFileSync(join(dir, 'real.conf.txt'), 'utf8'), /^www_authenticate_uri = /m);
    assert.deepEqual(readdirSync(dir).sort(), names);
  });
});
