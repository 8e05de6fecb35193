import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type * as Sarif from 'sarif';
import { PROJECT, runCli } from '../support/cli';
import { REPO_ROOT } from '../support/fixtures';

/** Microsoft's SARIF Multitool, a devDependency: a self-contained .NET program per platform. */
function multitool(): string | undefined {
  try {
    const path = require('@microsoft/sarif-multitool') as string;
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const sarifOf = (...args: string[]) => JSON.parse(runCli(PROJECT, 'lint', '--format', 'sarif', ...args).stdout) as Sarif.Log;

describe('magnum-heat lint --format sarif', () => {
  test('the SARIF Multitool validates the output with no error and no warning', { skip: multitool() === undefined && 'no SARIF Multitool for this platform' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'mh-sarif-'));
    const log = join(dir, 'magnum-heat.sarif');
    const report = join(dir, 'report.sarif');
    writeFileSync(log, runCli(PROJECT, 'lint', '--format', 'sarif', '.', join('..', 'bad-config', 'magnum.conf')).stdout);
    const run = spawnSync(multitool()!, ['validate', log, '--output', report, '--level', 'Error;Warning'], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const results = (JSON.parse(readFileSync(report, 'utf8')) as Sarif.Log).runs[0].results ?? [];
    const problems = results.filter((r) => r.level === undefined || r.level === 'error' || r.level === 'warning');
    assert.deepEqual(problems.map((r) => `${r.ruleId}: ${JSON.stringify(r.message)}`), []);
  });

  test('one run: tool version and informationUri, the matched rules only, with docs and levels', () => {
    const { runs: [run] } = sarifOf('magnum.conf', 'templates');
    assert.equal(run.tool.driver.name, 'magnum-heat');
    assert.match(run.tool.driver.version ?? '', /^\d+\.\d+\.\d+/);
    // Public pages (package.json's repository), never file:// paths of the machine that ran the lint.
    assert.equal(run.tool.driver.informationUri, 'https://github.com/magnum-heat/magnum-heat#readme');
    const rules = run.tool.driver.rules ?? [];
    assert.deepEqual(rules.map((r) => [r.id, r.defaultConfiguration?.level]), [
      ['auth-uri-deprecated', 'warning'], ['undefined-parameter', 'error'], ['unused-suppression', 'note'],
    ]);
    for (const rule of rules) {
      const page = rule.helpUri!.replace('https://github.com/magnum-heat/magnum-heat/blob/main/', '');
      assert.equal(page, `docs/rules/${rule.id}.md`, `${rule.id}: helpUri is its public docs page`);
      assert.ok(existsSync(join(REPO_ROOT, page)), `${rule.id}: the page exists`);
    }
    assert.deepEqual(run.results?.map((r) => [r.ruleId, rules[r.ruleIndex!].id, r.level]), [
      ['unused-suppression', 'unused-suppression', 'note'],
      ['auth-uri-deprecated', 'auth-uri-deprecated', 'warning'],
      ['undefined-parameter', 'undefined-parameter', 'error'],
      ['undefined-parameter', 'undefined-parameter', 'error'],
    ]);
  });

  test('locations are relative to %SRCROOT% with 1-based lines and columns; fixes are SARIF fixes', () => {
    const { runs: [run] } = sarifOf('magnum.conf');
    assert.equal(run.originalUriBaseIds?.['%SRCROOT%'].uri, `${new URL(`file://${PROJECT}/`).href}`);
    const auth = run.results!.find((r) => r.ruleId === 'auth-uri-deprecated')!;
    assert.deepEqual(auth.locations![0].physicalLocation, {
      artifactLocation: { uri: 'magnum.conf', uriBaseId: '%SRCROOT%' },
      region: { startLine: 6, startColumn: 1, endLine: 6, endColumn: 9 },
    });
    assert.deepEqual(auth.fixes?.[0].artifactChanges[0].replacements, [
      { deletedRegion: { startLine: 6, startColumn: 1, endLine: 6, endColumn: 9 }, insertedContent: { text: 'www_authenticate_uri' } },
    ]);
  });

  test('no findings: a valid log with an empty result list, exit 0', () => {
    const { code, stdout } = runCli(PROJECT, 'lint', '--format', 'sarif', 'notes.yaml');
    assert.equal(code, 0);
    const log = JSON.parse(stdout) as Sarif.Log;
    assert.deepEqual([log.version, log.runs[0].results, log.runs[0].tool.driver.rules], ['2.1.0', [], []]);
  });
});
