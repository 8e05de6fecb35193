/** The CLI a terminal user expects: grouped output with release and driver, colour rules, hints on request, stdin, exit 2 when nothing is checked, did-you-mean. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CLI, PROJECT, runCli } from '../support/cli';
import { FIXTURES, REPO_ROOT } from '../support/fixtures';

const ESC = '\u001b[';
const AUTH_URI = 'auth_uri is deprecated since Queens in favour of www_authenticate_uri; keystonemiddleware 13.0.0 (2026.2) removes it, and services will then ignore this value.';

function runWith(env: Record<string, string>, input: string | undefined, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: PROJECT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('magnum-heat lint: text output for a terminal', () => {
  test('--layout grouped: one header per file with its kind and release, aligned findings, a summary with what --fix would do', () => {
    const { code, stdout } = runCli(PROJECT, 'lint', '--layout', 'grouped', 'magnum.conf', 'legacy', 'syntax.conf');
    assert.equal(code, 1);
    assert.equal(stdout, [
      'magnum.conf  magnum-conf · release 2024.1',
      `  6:1  warning     ${AUTH_URI}  auth-uri-deprecated (fixable)`,
      '',
      'legacy/magnum.conf  magnum-conf · release rocky',
      `  2:1  warning     ${AUTH_URI}  auth-uri-deprecated (fixable)`,
      '',
      'syntax.conf  magnum-conf · release 2024.1',
      "  2:1  error       No ':' or '=' found in assignment: oslo.config stops reading the file here and the service does not start.  conf-syntax",
      '',
      '✖ 4 problems (1 error, 2 warnings, 1 other) in 3 checked files',
      '  3 fixable with --fix',
      '  1 hint not shown (--include-hints shows it)',
      '',
    ].join('\n'));
  });

  test('the driver of a Heat template is named in its header', () => {
    const dir = join(FIXTURES, 'heat', 'nested', 'drivers', 'demo_driver', 'templates');
    const { stdout } = runCli(dir, 'lint', '--no-config', '--layout', 'grouped', '--release', 'stein', 'cluster-bad.yaml');
    assert.match(stdout, /^cluster-bad\.yaml {2}heat-template · release stein · driver demo_driver$/m);
  });

  test('hints are counted but shown only with --include-hints', () => {
    const without = runCli(PROJECT, 'lint', 'magnum.conf');
    assert.doesNotMatch(without.stdout, /unused-suppression/);
    assert.match(without.stdout, /^1 hint not shown \(--include-hints shows it\)$/m);
    const withHints = runCli(PROJECT, 'lint', '--include-hints', 'magnum.conf');
    assert.match(withHints.stdout, /^magnum\.conf:5:33: hint: 'conf-syntax' is not reported on the next line: the suppression is unused\. \[unused-suppression\]$/m);
    assert.doesNotMatch(withHints.stdout, /not shown/);
  });

  test('colour: --color forces it, --no-color and NO_COLOR turn it off; a terminal gets the grouped layout in colour', () => {
    const forced = runWith({ NO_COLOR: '1' }, undefined, 'lint', '--color', 'syntax.conf');
    assert.ok(forced.stdout.includes(`${ESC}31merror`), forced.stdout);
    for (const off of [runWith({}, undefined, 'lint', '--no-color', '--layout', 'grouped', 'syntax.conf'), runWith({ NO_COLOR: '1' }, undefined, 'lint', '--layout', 'grouped', 'syntax.conf')]) {
      assert.ok(!off.stdout.includes(ESC), off.stdout);
    }
    // script(1) gives the CLI a pseudo terminal: the default layout is then grouped, and coloured.
    const tty = spawnSync('script', ['-qec', `${process.execPath} ${CLI} lint syntax.conf`, '/dev/null'], { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
    assert.equal(tty.status, 1, tty.stderr);
    assert.match(tty.stdout, new RegExp(`^${ESC.replace('[', '\\[')}4msyntax\\.conf`, 'm'));
    assert.ok(tty.stdout.includes(`${ESC}31merror`), tty.stdout);
    const ttyNoColor = spawnSync('script', ['-qec', `${process.execPath} ${CLI} lint syntax.conf`, '/dev/null'], { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.ok(!ttyNoColor.stdout.includes(ESC) && ttyNoColor.stdout.startsWith('syntax.conf  magnum-conf'), ttyNoColor.stdout);
  });
});

describe('magnum-heat lint: input and usage', () => {
  test('a folder with nothing to check exits 2 with a message (a mistyped CI path must not pass)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'mh-empty-'));
    const { code, stdout, stderr } = runCli(PROJECT, 'lint', empty);
    assert.deepEqual([code, stdout], [2, '']);
    assert.equal(stderr, `magnum-heat: nothing to check in '${empty}': no *.conf file, Heat template or environment (after the ignore of .magnum-heat.yaml)\n`);
    const ignored = runCli(PROJECT, 'lint', 'vendor');
    assert.equal(ignored.code, 2, 'a folder the config ignores as a whole');
  });

  test('a quoted glob is expanded from the working folder (ignore still applies); one that matches nothing exits 2', () => {
    const confs = runCli(PROJECT, 'lint', '--format', 'json', '**/*.conf');
    assert.deepEqual((JSON.parse(confs.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path), ['crlf.conf', 'legacy/magnum.conf', 'magnum.conf', 'syntax.conf']);
    const templates = runCli(PROJECT, 'lint', '--format', 'json', 'templates/*.{yaml,hot}');
    assert.deepEqual((JSON.parse(templates.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path), ['templates/cluster.yaml', 'templates/node.hot']);
    assert.deepEqual([runCli(PROJECT, 'lint', 'nope/*.yaml').code, runCli(PROJECT, 'lint', 'nope/*.yaml').stderr], [2, "magnum-heat: no file matches 'nope/*.yaml'\n"]);
  });

  test('progress on stderr for a long run on a terminal, and none in a pipe', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mh-many-'));
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `n${String(i).padStart(2, '0')}.conf`), '[DEFAULT]\ndebug = true\n');
    const tty = spawnSync('script', ['-qec', `${process.execPath} ${CLI} lint --no-config . >/dev/null`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    assert.equal(tty.status, 0, tty.stdout);
    assert.ok(tty.stdout.includes('\r\u001b[Kchecking 60/60 n59.conf'), JSON.stringify(tty.stdout.slice(-200)));
    const piped = runCli(dir, 'lint', '--no-config', '.');
    assert.equal(piped.stderr, '');
  });

  test("stdin: '-' with --stdin-filename is checked as that file, under that name", () => {
    const text = '[keystone_authtoken]\nauth_uri = http://keystone:5000/v3\n';
    const { code, stdout } = runWith({}, text, 'lint', '--format', 'json', '--stdin-filename', 'etc/magnum/magnum.conf', '-');
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as { files: Array<{ path: string; kind: string; diagnostics: Array<{ rule: string; range: unknown }> }> };
    assert.deepEqual(report.files.map((f) => [f.path, f.kind]), [['etc/magnum/magnum.conf', 'magnum-conf']]);
    assert.deepEqual(report.files[0].diagnostics.filter((d) => d.rule === 'auth-uri-deprecated').map((d) => d.range), [{ start: { line: 1, character: 0 }, end: { line: 1, character: 8 } }]);
    const heat = runWith({}, 'heat_template_version: 2018-08-31\nresources:\n  v:\n    type: OS::Heat::Value\n    properties:\n      value: {get_param: nope}\n', 'lint', '-');
    assert.equal(heat.code, 1);
    assert.match(heat.stdout, /^stdin:6:26: error: Parameter 'nope' is not declared/m);
    assert.match(runWith({}, '', 'lint', '--fix', '-').stderr, /^magnum-heat: --fix cannot write back to stdin \('-'\): use --fix-dry-run$/m);
  });

  test('did you mean: unknown flags and releases name the close one; release names in any case', () => {
    assert.match(runCli(PROJECT, 'lint', '--relase', 'stein', '.').stderr, /^magnum-heat: unknown option '--relase' \(did you mean '--release'\?\)$/m);
    assert.match(runCli(PROJECT, 'lint', '--include-hint', '.').stderr, /did you mean '--include-hints'\?/);
    assert.match(runCli(PROJECT, 'lint', '--release', 'steinn', '.').stderr, /^magnum-heat: unknown release 'steinn' \(did you mean 'stein'\?\)/m);
    const upper = runCli(PROJECT, 'lint', '--format', 'json', '--release', 'STEIN', 'magnum.conf');
    assert.equal((JSON.parse(upper.stdout) as { files: Array<{ release: string }> }).files[0].release, 'stein');
  });

  test('the language server: --help and --version without a stack trace; no transport is bad usage', () => {
    const server = join(REPO_ROOT, 'dist', 'server.js');
    const help = spawnSync(process.execPath, [server, '--help'], { encoding: 'utf8' });
    assert.deepEqual([help.status, help.stderr], [0, '']);
    assert.match(help.stdout, /^Usage: magnum-heat-language-server --stdio \| --node-ipc \| --socket=PORT$/m);
    assert.match(spawnSync(process.execPath, [server, '--version'], { encoding: 'utf8' }).stdout, /^magnum-heat-language-server \d+\.\d+\.\d+\n$/);
    const none = spawnSync(process.execPath, [server], { encoding: 'utf8' });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^magnum-heat-language-server: no transport given\n/);
    assert.doesNotMatch(none.stderr, /\bat \w|Error:/);
  });
});

describe('magnum-heat lint --format json: what grew', () => {
  test('release (and driver) per file, docs URL and fixable per finding, summary counts', () => {
    const dir = join(FIXTURES, 'heat', 'nested', 'drivers', 'demo_driver', 'templates');
    const { stdout } = runCli(dir, 'lint', '--no-config', '--format', 'json', 'cluster-bad.yaml');
    const report = JSON.parse(stdout) as {
      files: Array<{ release: string; driver: string; diagnostics: Array<{ rule: string; docsUrl: string; fixable: boolean; fixes: Array<{ isPreferred?: boolean }> }> }>;
      summary: { files: number; errors: number; warnings: number; information: number; hints: number; fixable: number };
    };
    const [file] = report.files;
    assert.deepEqual([file.release, file.driver], ['2026.1', 'demo_driver']);
    for (const d of file.diagnostics) assert.equal(d.docsUrl, `https://github.com/magnum-heat/magnum-heat/blob/main/docs/rules/${d.rule}.md`);
    const severities = (s: string) => file.diagnostics.filter((d) => (d as unknown as { severity: string }).severity === s).length;
    assert.deepEqual(report.summary, {
      files: 1, errors: severities('error'), warnings: severities('warning'), information: severities('information'), hints: severities('hint'),
      fixable: file.diagnostics.filter((d) => d.fixable).length,
    });
    assert.ok(report.summary.errors > 0);
  });
});
