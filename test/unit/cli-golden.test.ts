import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertGolden, PROJECT, runCli, stable } from '../support/cli';

describe('magnum-heat lint: golden outputs of every format and flag', () => {
  test('text (the default)', () => {
    const { code, stdout, stderr } = runCli(PROJECT, 'lint', '.');
    assert.equal(code, 1);
    assert.equal(stderr, '');
    assertGolden('lint.txt', stdout);
  });

  test('--format json', () => {
    const { code, stdout } = runCli(PROJECT, 'lint', '--format', 'json', '.');
    assert.equal(code, 1);
    assertGolden('lint.json', stdout);
  });

  test('--format sarif', () => {
    const { code, stdout } = runCli(PROJECT, 'lint', '--format', 'sarif', '.');
    assert.equal(code, 1);
    assertGolden('lint.sarif', stable(stdout));
  });

  test('--quiet reports errors only', () => {
    const { code, stdout } = runCli(PROJECT, 'lint', '--quiet', '.');
    assert.equal(code, 1);
    assertGolden('quiet.txt', stdout);
  });

  test('--max-warnings: more warnings than allowed exit 1 with a message on stderr', () => {
    const over = runCli(PROJECT, 'lint', '--max-warnings', '1', 'magnum.conf', 'crlf.conf');
    assert.deepEqual([over.code, over.stderr], [1, 'magnum-heat: 2 warnings, more than --max-warnings 1\n']);
    assertGolden('max-warnings.txt', over.stdout);
    const within = runCli(PROJECT, 'lint', '--max-warnings=2', 'magnum.conf', 'crlf.conf');
    assert.deepEqual([within.code, within.stderr, within.stdout], [0, '', over.stdout]);
  });

  test('--rule overrides the config file, for one rule or with * for all', () => {
    const { code, stdout } = runCli(PROJECT, 'lint', '--rule', 'auth-uri-deprecated=error', '--rule', 'unused-suppression=off', 'magnum.conf', 'legacy');
    assert.equal(code, 1);
    assertGolden('rule.txt', stdout);
    const none = runCli(PROJECT, 'lint', '--rule=*=off', '.');
    assert.deepEqual([none.code, none.stdout], [0, '0 errors, 0 warnings, 0 other in 6 checked files\n']);
  });

  test('--fix-dry-run prints a unified diff and writes nothing', () => {
    const { code, stdout } = runCli(PROJECT, 'lint', '--fix-dry-run', '.');
    assert.equal(code, 1, 'syntax.conf keeps its error: it has no fix');
    assertGolden('fix-dry-run.diff', stdout);
    assert.equal(runCli(PROJECT, 'lint', '.').stdout.includes('3 warnings'), true, 'the files are unchanged');
  });

  test('a config file in error is reported as a file of its own, and exits 1', () => {
    const { code, stdout } = runCli(PROJECT, 'lint', '--format', 'json', '--config', '../bad-config/.magnum-heat.yaml', 'syntax.conf');
    assert.equal(code, 1);
    assertGolden('bad-config.json', stdout);
  });

  test('--print-config: where each setting comes from and why a file is (not) checked', () => {
    const text = ['legacy/magnum.conf', 'templates/node.hot', 'vendor/magnum.conf', 'notes.yaml']
      .map((file) => runCli(PROJECT, 'lint', '--print-config', file).stdout)
      // The rule list grows with every new rule; the severities are checked in cli-config.test.ts.
      .map((out) => out.split('\n').filter((line) => !line.startsWith('  ')).join('\n'))
      .join('\n');
    assertGolden('print-config.txt', text);
  });
});
