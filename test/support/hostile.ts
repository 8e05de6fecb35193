/** Running the built CLI against hostile trees: bounded in time, and as an unprivileged user where root would mask the attack. */
import { spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, type Run } from './cli';

/** A run that does not end in this time is a hang. */
export const HANG_MS = 20_000;
const NOBODY = 65534;

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasSetpriv = () => spawnSync('setpriv', ['--version']).status === 0;

/** Why runs cannot be unprivileged here, or undefined when they can. */
export function unprivilegedUnavailable(): string | undefined {
  if (process.platform === 'win32') return 'needs a POSIX system';
  if (isRoot() && !hasSetpriv()) return 'running as root without setpriv(1) to drop privileges';
  return undefined;
}

/** A fresh folder the unprivileged user owns. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mh-hostile-'));
  if (isRoot()) chownSync(dir, NOBODY, NOBODY);
  return dir;
}

/** The CLI run as an unprivileged user (nobody when this process is root), killed after HANG_MS. */
export function runUnprivileged(cwd: string, ...args: string[]): Run {
  const cli = process.env.MAGNUM_HEAT_TEST_CLI ?? CLI;
  const [command, prefix] = isRoot()
    ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--', process.execPath, cli]]
    : [process.execPath, [cli]];
  const result = spawnSync(command, [...prefix, ...args], { cwd, encoding: 'utf8', timeout: HANG_MS, killSignal: 'SIGKILL' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Gives a path to the unprivileged user (no-op unless root). */
export function own(path: string): void {
  if (isRoot()) chownSync(path, NOBODY, NOBODY);
}

export { isRoot, NOBODY };
