import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { PROJECT, runCli } from '../support/cli';
import { REPO_ROOT } from '../support/fixtures';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}

const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

describe('.pre-commit-hooks.yaml', () => {
  test('two hooks, lint and fix, run the executable entry script of this repository', () => {
    assert.deepEqual(hooks.map((h) => [h.id, h.language, h.entry]), [
      ['magnum-heat', 'script', 'scripts/pre-commit-hook.sh'],
      ['magnum-heat-fix', 'script', 'scripts/pre-commit-hook.sh --fix'],
    ]);
    accessSync(join(REPO_ROOT, 'scripts', 'pre-commit-hook.sh'), constants.X_OK);
  });

  test('the files pattern selects config files, YAML and template files only', () => {
    const files = new RegExp(hooks[0].files);
    const names = ['magnum.conf', 'a/kubecluster.yaml', 'env.yml', 'x.template', 'node.hot', 'run.sh', 'README.md', 'magnum.conf.orig'];
    assert.deepEqual(names.filter((n) => files.test(n)), names.slice(0, 5));
  });

  test('the entry script lints the files it is given like the CLI does, exit status included', () => {
    const hook = spawnSync(join(REPO_ROOT, 'scripts', 'pre-commit-hook.sh'), ['magnum.conf', 'syntax.conf', 'notes.yaml'], { cwd: PROJECT, encoding: 'utf8' });
    const cli = runCli(PROJECT, 'lint', 'magnum.conf', 'syntax.conf', 'notes.yaml');
    assert.deepEqual([hook.status, hook.stdout], [cli.code, cli.stdout]);
    assert.equal(hook.status, 1);
  });
});
