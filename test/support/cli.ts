import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURES, REPO_ROOT } from './fixtures';

export const CLI = join(REPO_ROOT, 'dist', 'cli.js');
/** A small project with a .magnum-heat.yaml that runs only a few rules (see its comment). */
export const PROJECT = join(FIXTURES, 'cli', 'project');
export const GOLDEN = join(REPO_ROOT, 'test', 'golden', 'cli');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI in a folder. */
export function runCli(cwd: string, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the project in a temporary folder, for runs that write (--fix). */
export function projectCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'mh-cli-')), 'project');
  cpSync(PROJECT, dir, { recursive: true });
  return dir;
}

/** Replaces machine-specific absolute URIs (the checkout, a temporary copy) by stable names. */
export function stable(text: string, project = PROJECT): string {
  return text
    .split(pathToFileURL(project).href).join('file:///PROJECT')
    .split(pathToFileURL(REPO_ROOT).href).join('file:///MAGNUM-HEAT');
}

/**
 * Compares output with a committed golden file. `UPDATE_GOLDEN=1 node --test ...` rewrites the
 * goldens instead (review the diff before committing it).
 */
export function assertGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  assert.ok(existsSync(file), `golden ${name} is missing; run with UPDATE_GOLDEN=1 to create it`);
  assert.equal(actual, readFileSync(file, 'utf8'), `output differs from test/golden/cli/${name}`);
}
