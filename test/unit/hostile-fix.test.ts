/**
 * `--fix` in a hostile checkout (issue 16): the write cannot be aimed outside the file, keeps what
 * the file is (owner, mode, links), and refuses, with a message, what it cannot keep.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import { writeAtomically } from '../../server/src/cli/files';
import { CLI } from '../support/cli';
import { HANG_MS, isRoot, NOBODY, own, runUnprivileged, scratch, unprivilegedUnavailable } from '../support/hostile';

const BEFORE = '[keystone_authtoken]\nauth_uri = http://keystone.example.com:5000/v3\n';
const AFTER = '[keystone_authtoken]\nwww_authenticate_uri = http://keystone.example.com:5000/v3\n';

function confIn(dir: string, name = 'magnum.conf'): string {
  const path = join(dir, name);
  writeFileSync(path, BEFORE);
  own(path);
  return path;
}

describe('--fix writes', { timeout: 4 * HANG_MS }, () => {
  test('temporary files planted at the old predictable names are neither written through nor renamed in', () => {
    const dir = scratch();
    const target = confIn(dir);
    const outside = join(scratch(), 'victim.txt');
    writeFileSync(outside, 'untouched\n');
    // The names the old writer used (and would use again in this process).
    for (const name of [`.magnum.conf.magnum-heat-${process.pid}.tmp`, '.magnum.conf.magnum-heat.tmp']) symlinkSync(outside, join(dir, name));
    writeAtomically(target, AFTER);
    assert.equal(readFileSync(outside, 'utf8'), 'untouched\n');
    assert.equal(lstatSync(target).isFile(), true, 'magnum.conf is a regular file, not a planted link');
    assert.equal(readFileSync(target, 'utf8'), AFTER);
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp') && !lstatSync(join(dir, n)).isSymbolicLink()), [], 'no temporary file left');
  });

  test('a file with two hard links is not fixed: both names keep the same content, and the run says so', { skip: unprivilegedUnavailable() }, () => {
    const dir = scratch();
    const target = confIn(dir);
    linkSync(target, join(dir, 'other-name.txt'));
    const run = runUnprivileged(dir, 'lint', '--fix', '--format', 'json', 'magnum.conf');
    assert.equal(run.stderr, "magnum-heat: not fixed 'magnum.conf': it has 2 hard links, which a rewrite would split; fix it by hand\n");
    assert.equal(readFileSync(target, 'utf8'), BEFORE);
    assert.equal(statSync(target).nlink, 2);
    assert.deepEqual(JSON.parse(run.stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule), ['auth-uri-deprecated'], 'its findings are still reported');
  });

  test('a read-only file (0444) is not rewritten, even by root', () => {
    const dir = scratch();
    const target = confIn(dir);
    chmodSync(target, 0o444);
    const run = runUnprivileged(dir, 'lint', '--fix', 'magnum.conf');
    assert.equal(run.stderr, "magnum-heat: not fixed 'magnum.conf': it is read-only (mode 0444)\n");
    assert.equal(readFileSync(target, 'utf8'), BEFORE);
    assert.equal(statSync(target).mode & 0o777, 0o444);
  });

  test('run as root, the fixed file keeps its owner and mode', { skip: isRoot() ? false : 'needs root to create a file of another owner' }, () => {
    const dir = scratch();
    const target = confIn(dir);
    chownSync(target, NOBODY, NOBODY);
    chmodSync(target, 0o640);
    const run = spawnSync(process.execPath, [process.env.MAGNUM_HEAT_TEST_CLI ?? CLI, 'lint', '--fix', basename(target)], { cwd: dir, encoding: 'utf8', timeout: HANG_MS });
    assert.equal(run.stderr, '');
    assert.equal(readFileSync(target, 'utf8'), AFTER);
    const stat = statSync(target);
    assert.deepEqual([stat.uid, stat.gid, stat.mode & 0o7777], [NOBODY, NOBODY, 0o640]);
  });

  test("an unprivileged user does not take over another user's file in a shared folder", { skip: isRoot() ? unprivilegedUnavailable() : 'needs root to create a file of another owner' }, () => {
    const dir = scratch();
    chmodSync(dir, 0o777);
    const target = join(dir, 'magnum.conf');
    writeFileSync(target, BEFORE, { mode: 0o666 });
    chownSync(target, 0, 0);
    chmodSync(target, 0o666);
    const run = runUnprivileged(dir, 'lint', '--fix', 'magnum.conf');
    assert.equal(run.stderr, "magnum-heat: not fixed 'magnum.conf': it belongs to uid 0, gid 0, and the rewritten file could not keep that owner\n");
    assert.deepEqual([statSync(target).uid, readFileSync(target, 'utf8')], [0, BEFORE]);
    assert.deepEqual(readdirSync(dir), ['magnum.conf'], 'no temporary file left');
  });
});
