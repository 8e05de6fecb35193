import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { RULE_METAS } from '../../server/src/engine/languages/registry';
import { PROJECT, runCli } from '../support/cli';
import { REPO_ROOT } from '../support/fixtures';

describe('magnum-heat lint --list-rules', () => {
  test('text: one line per registered rule with id, default severity, docs page and summary', () => {
    const { code, stdout } = runCli(PROJECT, 'lint', '--list-rules');
    assert.equal(code, 0);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines.length, RULE_METAS.length);
    for (const meta of RULE_METAS) {
      const line = lines.find((l) => l.startsWith(`${meta.id} `));
      assert.ok(line, `${meta.id} is listed`);
      const [id, severity, docs, ...summary] = line.split(/\s{2,}/);
      assert.deepEqual([id, severity, docs, summary.join('  ')], [meta.id, meta.severity, `docs/rules/${meta.id}.md`, meta.summary]);
      assert.ok(existsSync(join(REPO_ROOT, docs)), `${docs} exists`);
    }
  });

  test('json: the same, with what each rule applies to', () => {
    const { rules } = JSON.parse(runCli(PROJECT, 'lint', '--list-rules', '--format', 'json').stdout) as { rules: Array<Record<string, string>> };
    assert.deepEqual(
      [...rules].sort((a, b) => a.id.localeCompare(b.id)),
      RULE_METAS.map((m) => ({ id: m.id, severity: m.severity, appliesTo: m.appliesTo, summary: m.summary, docs: `docs/rules/${m.id}.md` })).sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});

describe('magnum-heat lint --print-config', () => {
  interface Effective {
    configFile: string | null;
    checked: boolean;
    kind: string | null;
    release: { value: string; from: string };
    rules: Record<string, { severity: string; from: string }>;
  }
  const effective = (...args: string[]) => JSON.parse(runCli(PROJECT, 'lint', '--format', 'json', ...args).stdout) as Effective;

  test('every rule of the file kind with its severity and origin: config file, override, command line', () => {
    const c = effective('--rule', 'conf-syntax=warning', '--print-config', 'legacy/magnum.conf');
    assert.deepEqual([c.configFile, c.checked, c.kind, c.release], ['.magnum-heat.yaml', true, 'magnum-conf', { value: 'rocky', from: 'config file overrides[0]' }]);
    const expected = RULE_METAS.filter((m) => m.appliesTo === 'magnum-conf' || m.appliesTo === 'all').map((m) => m.id).sort();
    assert.deepEqual(Object.keys(c.rules).sort(), expected);
    assert.deepEqual(c.rules['conf-syntax'], { severity: 'warning', from: 'command line' });
    assert.deepEqual(c.rules['auth-uri-deprecated'], { severity: 'warning', from: 'config file' });
    for (const id of expected.filter((i) => !['conf-syntax', 'auth-uri-deprecated', 'unused-suppression'].includes(i))) {
      assert.deepEqual(c.rules[id], { severity: 'off', from: 'config file' }, `${id} is off through '*'`);
    }
  });

  test('--no-config: defaults only; --config FILE: that file for every path', () => {
    const none = effective('--no-config', '--print-config', 'vendor/magnum.conf');
    assert.deepEqual([none.configFile, none.checked, none.rules['auth-uri-deprecated']], [null, true, { severity: 'warning', from: 'default' }]);
    const other = effective('--config', '../bad-config/.magnum-heat.yaml', '--print-config', 'magnum.conf');
    assert.equal(other.configFile, join('..', 'bad-config', '.magnum-heat.yaml'));
  });
});

describe('magnum-heat lint: bad usage and unreadable input exit 2 with one line on stderr', () => {
  const cases: Array<[string[], RegExp]> = [
    [['lint', '--max-warnings', 'many', '.'], /^magnum-heat: --max-warnings needs a whole number >= 0, not 'many'$/],
    [['lint', '--rule', 'no-such-rule=error', '.'], /^magnum-heat: --rule: unknown rule 'no-such-rule' \(see --list-rules\)$/],
    [['lint', '--rule', 'conf-syntax=loud', '.'], /^magnum-heat: --rule conf-syntax=loud: expected conf-syntax=off\|error\|warning\|information\|hint$/],
    [['lint', '--format', 'xml', '.'], /^magnum-heat: --format must be text, json, sarif, not 'xml'$/],
    [['lint', '--fix', '--fix-dry-run', '.'], /^magnum-heat: --fix and --fix-dry-run exclude each other$/],
    [['lint', '--quiet=yes', '.'], /^magnum-heat: --quiet takes no value$/],
    [['lint', '--frobnicate', '.'], /^magnum-heat: unknown option '--frobnicate'$/],
    [['lint', '--config', 'missing.yaml', '.'], /^magnum-heat: cannot read 'missing.yaml': ENOENT$/],
    [['lint', '--print-config', 'templates'], /^magnum-heat: cannot read 'templates': EISDIR$/],
    [['lint', 'no-such-file.conf'], /^magnum-heat: cannot read 'no-such-file.conf': ENOENT$/],
  ];
  for (const [args, message] of cases) {
    test(args.slice(1).join(' '), () => {
      const { code, stdout, stderr } = runCli(PROJECT, ...args);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr.split('\n')[0], message);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    });
  }

  test('a dangling symbolic link in a folder walk is unreadable input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mh-dangling-'));
    symlinkSync(join(dir, 'gone.conf'), join(dir, 'magnum.conf'));
    const { code, stderr } = runCli(dir, 'lint', 'magnum.conf');
    assert.deepEqual([code, stderr], [2, "magnum-heat: cannot read 'magnum.conf': ENOENT\n"]);
  });
});

describe('magnum-heat lint .magnum-heat.yaml', () => {
  test('a config file named as a PATH is reported once, as the file it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mh-config-path-'));
    writeFileSync(join(dir, '.magnum-heat.yaml'), 'relase: stein\n');
    const { code, stdout } = runCli(dir, 'lint', '--format', 'json', '.magnum-heat.yaml');
    const files = (JSON.parse(stdout) as { files: Array<{ path: string; diagnostics: Array<{ rule: string }> }> }).files;
    assert.equal(code, 1);
    assert.deepEqual(files.map((f) => [f.path, f.diagnostics.map((d) => d.rule)]), [['.magnum-heat.yaml', ['project-config-invalid']]]);
  });
});
