import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { unifiedDiff } from '../../server/src/cli/diff';

/** Applies a diff with patch(1) and returns the result: the real consumer of the format. */
function patched(before: string, diff: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mh-diff-'));
  writeFileSync(join(dir, 'f'), before);
  const run = spawnSync('patch', ['--quiet', '--no-backup-if-mismatch', 'f'], { cwd: dir, input: diff, encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}\n${diff}`);
  return readFileSync(join(dir, 'f'), 'latin1');
}

const lines = (n: number, f = (i: number) => `line ${i}`) => Array.from({ length: n }, (_, i) => `${f(i + 1)}\n`).join('');

describe('unified diff', () => {
  test('equal texts give no diff', () => {
    assert.equal(unifiedDiff('a/f', 'b/f', 'x\n', 'x\n'), '');
  });

  test('one changed line with three lines of context, as diff -u prints it', () => {
    const before = lines(10);
    const after = before.replace('line 5\n', 'line five\n');
    assert.equal(unifiedDiff('a/f', 'b/f', before, after), [
      '--- a/f', '+++ b/f', '@@ -2,7 +2,7 @@', ' line 2', ' line 3', ' line 4', '-line 5', '+line five', ' line 6', ' line 7', ' line 8', '',
    ].join('\n'));
  });

  test('changes far apart make two hunks; near ones share one', () => {
    const before = lines(30);
    const far = before.replace('line 3\n', 'x\n').replace('line 25\n', 'y\n');
    assert.deepEqual(unifiedDiff('a', 'b', before, far).split('\n').filter((l) => l.startsWith('@@')), ['@@ -1,6 +1,6 @@', '@@ -22,7 +22,7 @@']);
    const near = before.replace('line 3\n', 'x\n').replace('line 9\n', 'y\n');
    assert.deepEqual(unifiedDiff('a', 'b', before, near).split('\n').filter((l) => l.startsWith('@@')), ['@@ -1,12 +1,12 @@']);
  });

  test('insertion at the top, into an empty file, and a missing final newline are marked as diff does', () => {
    assert.equal(unifiedDiff('a', 'b', 'x\n', 'new\nx\n'), '--- a\n+++ b\n@@ -1 +1,2 @@\n+new\n x\n');
    assert.equal(unifiedDiff('a', 'b', '', 'x\n'), '--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n');
    assert.equal(unifiedDiff('a', 'b', 'x\ny', 'x\nz'), '--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+z\n\\ No newline at end of file\n');
  });

  test('patch(1) turns the old text into the new one: CRLF, no final newline, many edits', () => {
    const base = lines(60, (i) => `key_${i} = ${i % 7}`);
    const variants: Array<[string, string]> = [
      [base, base.replace(/^key_1(\d) = 3\n/gm, '').replace('key_40 = 5\n', 'key_40 = 5\nadded = 1\n')],
      [base.replace(/\n/g, '\r\n'), base.replace(/\n/g, '\r\n').replace('key_2 = 2\r\n', 'key_2 = two\r\n')],
      [base.slice(0, -1), `${base.slice(0, -1)}\nlast = 1`],
      [base, base.split('\n').reverse().join('\n')],
      [base, ''],
    ];
    for (const [before, after] of variants) assert.equal(patched(before, unifiedDiff('f', 'f', before, after)), after);
  });
});
