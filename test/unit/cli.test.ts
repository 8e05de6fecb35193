import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CORPUS, corpusAvailable } from '../support/corpus';
import { runCli } from '../support/cli';
import { fixturePath, REPO_ROOT } from '../support/fixtures';

const run = (...args: string[]) => runCli(REPO_ROOT, ...args);
/** Only the named rule runs, so rules added later do not change these results. */
const only = (rule: string, severity = 'warning') => ['--rule', '*=off', '--rule', `${rule}=${severity}`];

describe('magnum-heat lint (built CLI)', () => {
  test('json output follows the contract', () => {
    const { code, stdout } = run('lint', '--format', 'json', ...only('auth-uri-deprecated'), fixturePath('conf/auth-uri-bad.conf'));
    assert.equal(code, 0, 'warnings only: exit 0');
    const report = JSON.parse(stdout);
    assert.equal(report.version, 1);
    assert.equal(report.files.length, 1);
    assert.equal(report.files[0].kind, 'magnum-conf');
    assert.deepEqual(report.files[0].diagnostics.map((d: { rule: string; severity: string; range: unknown }) => [d.rule, d.severity, d.range]), [
      ['auth-uri-deprecated', 'warning', { start: { line: 5, character: 0 }, end: { line: 5, character: 8 } }],
    ]);
    assert.equal(report.files[0].diagnostics[0].fixes[0].title, 'Rename auth_uri to www_authenticate_uri');
  });

  test('errors exit 1 and print file:line:col lines', () => {
    const file = fixturePath('heat/undefined-parameter-no-section.yaml');
    const { code, stdout } = run('lint', ...only('undefined-parameter', 'error'), file);
    assert.equal(code, 1);
    assert.equal(stdout.split('\n')[0], `${file}:6:26: error: Parameter 'image' is not declared in this template's parameters section; Heat rejects the template. [undefined-parameter]`);
    assert.match(stdout, /1 error, 0 warnings, 0 other in 1 checked file/);
  });

  test('a folder is walked for .conf files and Heat templates only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mh-cli-'));
    writeFileSync(join(dir, 'magnum.conf'), '[DEFAULT]\n');
    writeFileSync(join(dir, 'cloud-config.yaml'), '#cloud-config\nwrite_files: []\n');
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'a.yaml'), 'heat_template_version: 2018-08-31\nresources: {}\n');
    const report = JSON.parse(run('lint', '--format', 'json', dir).stdout);
    assert.deepEqual(report.files.map((f: { path: string; kind: string }) => [f.path.slice(dir.length + 1), f.kind]), [
      ['magnum.conf', 'magnum-conf'],
      [join('templates', 'a.yaml'), 'heat-template'],
    ]);
  });

  test('unreadable input and bad usage exit 2 with a one-line message', () => {
    const missing = run('lint', '/nonexistent/magnum.conf');
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, "magnum-heat: cannot read '/nonexistent/magnum.conf': ENOENT\n");
    const bad = run('lint', '--release', 'folsom', 'x.conf');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^magnum-heat: unknown release 'folsom'/);
    assert.equal(run('lint').code, 2);
  });

  test('--fix applies preferred fixes in place and reports what is left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mh-fix-'));
    const file = join(dir, 'magnum.conf');
    writeFileSync(file, readFileSync(fixturePath('conf/auth-uri-bad.conf')));
    const { code, stdout } = run('lint', '--fix', '--format', 'json', ...only('auth-uri-deprecated'), file);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).files[0].diagnostics, []);
    assert.match(readFileSync(file, 'utf8'), /^www_authenticate_uri = http:\/\/controller\.example\.com:5000\/v3$/m);
  });

  test('upstream stein swarmcluster.yaml: 2377 removed is reported, present is not', { skip: !corpusAvailable() }, () => {
    const source = readFileSync(join(CORPUS, 'stein/drivers/swarm_fedora_atomic_v2/templates/swarmcluster.yaml'), 'utf8');
    const rule2377 = '        - protocol: tcp\n          port_range_min: 2377\n          port_range_max: 2377\n';
    assert.ok(source.includes(rule2377));
    const dir = join(mkdtempSync(join(tmpdir(), 'mh-corpus-')), 'drivers', 'swarm_fedora_atomic_v2', 'templates');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'swarmcluster.yaml');
    const findings = (text: string) => {
      writeFileSync(file, text);
      return JSON.parse(run('lint', '--format', 'json', file).stdout).files[0].diagnostics.filter((d: { rule: string }) => d.rule === 'missing-port-rule');
    };
    const without = findings(source.replace(rule2377, ''));
    assert.equal(without.length, 1);
    assert.match(without[0].message, /secgroup_swarm_manager' does not allow TCP 2377/);
    assert.deepEqual(findings(source), []);
  });
});
