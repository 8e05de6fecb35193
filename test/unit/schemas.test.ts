import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/fixtures';

const FACTS = join(REPO_ROOT, '..', 'shared', 'facts');

test('schemas/ is what scripts/generate-schemas.mjs makes from the facts', { skip: !existsSync(FACTS) && 'no facts beside the checkout' }, () => {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'generate-schemas.mjs'), '--check'], { encoding: 'utf8', env: { ...process.env, FACTS_DIR: FACTS } });
  assert.equal(result.stderr, '');
  assert.equal(result.status, 0);
});
