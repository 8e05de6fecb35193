/**
 * Hostile inputs and checkouts given to the CLI (issue 16): it never hangs, never reads without
 * bound, says what it skipped and why, and runs as an unprivileged user, as in CI.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { HANG_MS, own, runUnprivileged, scratch, unprivilegedUnavailable } from '../support/hostile';

const skip = unprivilegedUnavailable();
const CONF = '[DEFAULT]\ndebug = maybe\n';

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  assert.equal(made.status, 0, `mkfifo ${path}`);
  own(path);
}

function write(path: string, text: string | Buffer): void {
  writeFileSync(path, text);
  own(path);
}

interface JsonOut { files: Array<{ path: string; diagnostics: Array<{ rule: string }> }> }
const paths = (stdout: string) => (JSON.parse(stdout) as JsonOut).files.map((f) => f.path);

describe('the CLI and hostile input', { skip, timeout: 4 * HANG_MS }, () => {
  test('a FIFO named on the command line: exit 2 at once, not a hang', () => {
    const dir = scratch();
    mkfifo(join(dir, 'pipe.conf'));
    const run = runUnprivileged(dir, 'lint', 'pipe.conf');
    assert.deepEqual([run.code, run.stderr], [2, "magnum-heat: cannot read 'pipe.conf': not a regular file\n"]);
  });

  test('/dev/zero is not read (it never ends)', () => {
    const run = runUnprivileged(scratch(), 'lint', '/dev/zero');
    assert.deepEqual([run.code, run.stderr], [2, "magnum-heat: cannot read '/dev/zero': not a regular file\n"]);
  });

  test('a 2 GB sparse file named on the command line: exit 2, larger than the limit', () => {
    const dir = scratch();
    write(join(dir, 'big.yaml'), 'heat_template_version: 2018-08-31\n');
    truncateSync(join(dir, 'big.yaml'), 2 * 1024 ** 3);
    const run = runUnprivileged(dir, 'lint', 'big.yaml');
    assert.deepEqual([run.code, run.stderr], [2, "magnum-heat: cannot read 'big.yaml': larger than 8 MB\n"]);
  });

  test('in a folder: a sparse 2 GB template, a FIFO, a symlink and a non-UTF-8 name are skipped with a reason; the rest is checked', () => {
    const dir = scratch();
    write(join(dir, 'big.yaml'), 'heat_template_version: 2018-08-31\n');
    truncateSync(join(dir, 'big.yaml'), 2 * 1024 ** 3);
    mkfifo(join(dir, 'fifo.yaml'));
    write(join(dir, 'ok.conf'), CONF);
    symlinkSync('/etc/hostname', join(dir, 'link.conf'));
    write(Buffer.concat([Buffer.from(dir + '/bad-'), Buffer.from([0xff, 0xfe]), Buffer.from('.conf')]) as unknown as string, CONF);
    const run = runUnprivileged(dir, 'lint', '--format', 'json', '.');
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(paths(run.stdout), ['ok.conf']);
    assert.deepEqual(run.stderr.split('\n'), [
      "magnum-heat: skipped 'bad-\\ufffd\\ufffd.conf': its name is not valid UTF-8",
      "magnum-heat: skipped 'fifo.yaml': not a regular file",
      "magnum-heat: skipped 'link.conf': a symbolic link (not followed in folders; name it on the command line to check it)",
      "magnum-heat: skipped 'big.yaml': larger than 8 MB",
      '',
    ]);
  });

  test('a .magnum-heat.yaml that is a FIFO in a parent folder is skipped, not waited for', () => {
    const dir = scratch();
    mkfifo(join(dir, '.magnum-heat.yaml'));
    mkdirSync(join(dir, 'sub'));
    own(join(dir, 'sub'));
    write(join(dir, 'sub', 'magnum.conf'), CONF);
    const run = runUnprivileged(join(dir, 'sub'), 'lint', '--format', 'json', 'magnum.conf');
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(paths(run.stdout), ['magnum.conf']);
    assert.equal(run.stderr, `magnum-heat: skipped '${join(dir, '.magnum-heat.yaml')}': not a regular file (config file not used)\n`);
  });

  test('an unreadable folder: one plain line, inside a tree and named on the command line', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'locked'));
    own(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o000);
    write(join(dir, 'ok.conf'), CONF);
    const tree = runUnprivileged(dir, 'lint', '--format', 'json', '.');
    assert.deepEqual([tree.code, tree.stderr, paths(tree.stdout)], [1, "magnum-heat: skipped 'locked': EACCES\n", ['ok.conf']]);
    const given = runUnprivileged(dir, 'lint', 'locked');
    assert.deepEqual([given.code, given.stderr], [2, "magnum-heat: cannot read 'locked': EACCES\n"]);
  });

  test('file names reach the terminal with control characters escaped', () => {
    const dir = scratch();
    write(join(dir, '\u001b[2J\u001b[31mevil\nfake.conf'), CONF);
    const run = runUnprivileged(dir, 'lint', '.');
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^\\u001b\[2J\\u001b\[31mevil\\u000afake\.conf:2:9: error: /);
    assert.doesNotMatch(run.stdout, /\u001b/);
  });
});
