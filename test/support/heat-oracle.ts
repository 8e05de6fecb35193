/** Heat itself (python3-heat, Zed) as a test oracle, through the shared oracle or its stack-create variant. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './fixtures';

/** `template validate`: structure, functions, references, property schemas. */
export const VALIDATE_ORACLE = join(REPO_ROOT, '..', 'shared', 'tools', 'heat_oracle.py');
/** Stack create's validation: the above plus each resource type's own validate(). */
export const CREATE_ORACLE = join(REPO_ROOT, 'test', 'support', 'heat_create_oracle.py');

export function heatAvailable(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import heat'], { stdio: 'ignore' });
    return existsSync(VALIDATE_ORACLE);
  } catch {
    return false;
  }
}

/** Heat's verdict line per file ("FILE OK" / "FILE ERR ..."), with --fill (every parameter given a value). */
export function heatVerdicts(oracle: string, files: readonly string[]): string[] {
  if (files.length === 0) return [];
  return execFileSync('/usr/bin/python3', [oracle, '--fill', ...files], { encoding: 'utf8', timeout: 300_000 }).trim().split('\n');
}
