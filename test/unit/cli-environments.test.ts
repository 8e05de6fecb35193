import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli } from '../support/cli';
import { FIXTURES, rangeOf } from '../support/fixtures';

// End to end through the built CLI: the `environments:` of a .magnum-heat.yaml apply to the templates
// beside it, resolved against the config file's folder (not the template's or the working folder).
const PROJECT = join(FIXTURES, 'heat-environments');
const TOP = readFileSync(join(PROJECT, 'templates', 'top.yaml'), 'utf8');

interface Output { files: Array<{ path: string; diagnostics: Array<{ rule: string; severity: string; range: unknown }> }> }
const lint = (cwd: string, ...args: string[]) => {
  const run = runCli(cwd, 'lint', '--format', 'json', ...args);
  return { code: run.code, found: (JSON.parse(run.stdout) as Output).files.flatMap((f) => f.diagnostics.map((d) => [d.rule, d.severity, d.range])) };
};

describe('magnum-heat lint with environments named in .magnum-heat.yaml', () => {
  test("the environment's parameter_defaults supply the nested parameter and its resource_registry the custom type: nothing reported", () => {
    assert.deepEqual(lint(PROJECT, 'templates/top.yaml'), { code: 0, found: [] });
  });

  test('from another working folder the same config and environment apply', () => {
    assert.deepEqual(lint(join(PROJECT, 'templates'), 'top.yaml'), { code: 0, found: [] });
  });

  test('without the config file, both are warnings that an environment must supply them', () => {
    assert.deepEqual(lint(PROJECT, '--no-config', 'templates/top.yaml'), {
      code: 0,
      found: [
        ['unknown-resource-type', 'warning', rangeOf(TOP, 'OS::Site::Service')],
        ['nested-parameter-mismatch', 'warning', rangeOf(TOP, 'database.yaml')],
      ],
    });
  });
});
