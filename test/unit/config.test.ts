import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ProjectConfigLoader, parseProjectConfig, resolveFileSettings, type ConfigHost } from '../../server/src/engine/settings';
import { RELEASES } from '../../server/src/engine/knowledge/releases';
import { lint } from '../../server/src/engine';
import { RULE_METAS } from '../../server/src/engine/languages/registry';
import { rangeOf } from '../support/fixtures';

const GOOD = `release: stein
driver: k8s_fedora_atomic_v1
rules:
  auth-uri-deprecated: error
  missing-port-rule: off
ignore:
  - vendor
  - "**/*.sample.yaml"
templateGlobs: ["**/*.hot"]
overrides:
  - files: legacy/**
    release: rocky
    rules:
      auth-uri-deprecated: warning
`;

/** An in-memory file tree: the engine reads config files only through a host. */
function memoryHost(files: Record<string, string>): ConfigHost & { reads: string[] } {
  const reads: string[] = [];
  return { reads, readFile: (path) => (reads.push(path), files[path]) };
}

function problems(text: string) {
  return parseProjectConfig(text).diagnostics.map((d) => [d.message, d.range]);
}

describe('.magnum-heat.yaml: parsing', () => {
  test('a valid file gives every setting and no diagnostics', () => {
    const { config, diagnostics } = parseProjectConfig(GOOD);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(config, {
      release: 'stein',
      driver: 'k8s_fedora_atomic_v1',
      rules: { 'auth-uri-deprecated': 'error', 'missing-port-rule': 'off' },
      ignore: ['vendor', '**/*.sample.yaml'],
      templateGlobs: ['**/*.hot'],
      overrides: [{ files: ['legacy/**'], release: 'rocky', rules: { 'auth-uri-deprecated': 'warning' } }],
    });
  });

  test('an empty file or one with comments only is an empty configuration', () => {
    assert.deepEqual(parseProjectConfig('# nothing yet\n'), { config: { ignore: [], templateGlobs: [], overrides: [] }, diagnostics: [] });
  });

  test('unquoted release numbers and off stay strings', () => {
    assert.equal(parseProjectConfig('release: 2024.1\n').config.release, '2024.1');
    assert.deepEqual(parseProjectConfig('rules:\n  yaml-syntax: off\n').config.rules, { 'yaml-syntax': 'off' });
  });

  test('unknown settings, releases, rules and severities are errors on the offending node, with suggestions', () => {
    const text = 'relase: stein\nrelease: folsum\nrules:\n  auth-uri-deprecate: off\n  conf-syntax: loud\n';
    const all = parseProjectConfig(text).diagnostics;
    assert.deepEqual(all.map((d) => [d.rule, d.severity]), Array(4).fill(['project-config-invalid', 'error']));
    assert.deepEqual(problems(text), [
      ["Unknown setting 'relase' in the configuration (known: release, driver, rules, environments, capiDriver, driverVersions, ignore, templateGlobs, overrides). Did you mean 'release'?", rangeOf(text, 'relase')],
      [`Unknown OpenStack release 'folsum' (known: ${RELEASES.join(', ')}).`, rangeOf(text, 'folsum')],
      ["Unknown rule 'auth-uri-deprecate'. Did you mean 'auth-uri-deprecated'? 'magnum-heat lint --list-rules' lists them.", rangeOf(text, 'auth-uri-deprecate')],
      ["Rule 'conf-syntax': 'loud' is not one of off, error, warning, information, hint.", rangeOf(text, 'loud')],
    ]);
  });

  test('wrong shapes are reported, an empty value on its key; valid settings beside them still apply', () => {
    const text = 'release:\nrules: [a]\nignore: {a: 1}\noverrides:\n  - release: rocky\n  - files: [x/**]\n    colour: red\ndriver: swarm_fedora_atomic_v2\n';
    const { config } = parseProjectConfig(text);
    assert.deepEqual(problems(text).map(([, range]) => range), [
      rangeOf(text, 'release'),
      rangeOf(text, '[a]'),
      rangeOf(text, '{a: 1}'),
      rangeOf(text, 'release: rocky'),
      rangeOf(text, 'colour'),
    ]);
    assert.equal(config.driver, 'swarm_fedora_atomic_v2');
    assert.deepEqual(config.overrides, [{ files: ['x/**'] }]);
  });

  test('YAML syntax errors and duplicate keys are reported; nothing of a broken file applies', () => {
    const broken = parseProjectConfig('release: stein\nrules: [\n');
    assert.equal(broken.diagnostics.length > 0, true);
    assert.match(broken.diagnostics[0].message, /^YAML: /);
    assert.equal(broken.config.release, undefined);
    const twice = parseProjectConfig('release: stein\nrelease: rocky\n').diagnostics;
    assert.deepEqual(twice.map((d) => d.range.start.line), [1]);
  });
});

describe('.magnum-heat.yaml: finding the file', () => {
  const root = join('/', 'work', 'repo');
  const host = memoryHost({ [join(root, '.magnum-heat.yaml')]: 'release: stein\n', [join(root, 'sub', '.magnum-heat.yaml')]: 'release: rocky\n' });
  const loader = new ProjectConfigLoader(host);

  test('the nearest file upward governs a file; none above means no config', () => {
    assert.equal(loader.forFile(join(root, 'a', 'b', 'magnum.conf'))?.config.release, 'stein');
    assert.equal(loader.forFile(join(root, 'sub', 'c', 't.yaml'))?.config.release, 'rocky');
    assert.equal(new ProjectConfigLoader(memoryHost({})).forFile(join(root, 'x.conf')), undefined);
  });

  test('each folder and file is read once', () => {
    const reads = host.reads.length;
    loader.forFile(join(root, 'a', 'b', 'other.conf'));
    loader.forFile(join(root, 'a', 'other.conf'));
    assert.equal(host.reads.length, reads);
    loader.clear();
    loader.forFile(join(root, 'a', 'other.conf'));
    assert.equal(host.reads.length > reads, true);
  });
});

describe('.magnum-heat.yaml: settings for a file', () => {
  const dir = join('/', 'p');
  const loaded = { path: join(dir, '.magnum-heat.yaml'), dir, ...parseProjectConfig(GOOD) };

  test('precedence: defaults < config file < matching overrides < editor settings or flags', () => {
    const plain = resolveFileSettings(join(dir, 'etc', 'magnum.conf'), loaded);
    assert.deepEqual(plain.settings, { release: 'stein', driver: 'k8s_fedora_atomic_v1', rules: { 'auth-uri-deprecated': 'error', 'missing-port-rule': 'off' } });
    const legacy = resolveFileSettings(join(dir, 'legacy', 'magnum.conf'), loaded);
    assert.equal(legacy.settings.release, 'rocky');
    assert.equal(legacy.settings.rules?.['auth-uri-deprecated'], 'warning');
    assert.deepEqual(legacy.origin.rules, { 'auth-uri-deprecated': 'overrides[0]', 'missing-port-rule': 'config file' });
    const flags = resolveFileSettings(join(dir, 'legacy', 'magnum.conf'), loaded, { release: '2024.1', rules: { 'auth-uri-deprecated': 'hint' } });
    assert.deepEqual([flags.settings.release, flags.settings.rules?.['auth-uri-deprecated'], flags.origin.release], ['2024.1', 'hint', 'settings']);
  });

  test("'*' sets every rule of its layer; a named rule in the same layer wins", () => {
    const star = { path: loaded.path, dir, ...parseProjectConfig("rules:\n  '*': off\n  yaml-syntax: warning\n") };
    const { rules } = resolveFileSettings(join(dir, 't.yaml'), star).settings;
    assert.equal(Object.keys(rules ?? {}).length, RULE_METAS.length);
    assert.equal(rules?.['yaml-syntax'], 'warning');
    assert.equal(rules?.['conf-syntax'], 'off');
    assert.equal(resolveFileSettings(join(dir, 't.yaml'), star, { rules: { 'conf-syntax': 'error' } }).settings.rules?.['conf-syntax'], 'error');
  });

  test('ignore globs cover files and whole folders below the config file, nothing outside it', () => {
    assert.equal(resolveFileSettings(join(dir, 'vendor', 'deep', 'magnum.conf'), loaded).ignoredBy, 'vendor');
    assert.equal(resolveFileSettings(join(dir, 'a', 'x.sample.yaml'), loaded).ignoredBy, '**/*.sample.yaml');
    assert.equal(resolveFileSettings(join(dir, 'vendors', 'magnum.conf'), loaded).ignoredBy, undefined);
    assert.equal(resolveFileSettings(join('/', 'elsewhere', 'vendor', 'magnum.conf'), loaded).ignoredBy, undefined);
  });

  test('templateGlobs make a YAML without heat_template_version a Heat template', () => {
    const hot = resolveFileSettings(join(dir, 'nested', 'node.hot'), loaded);
    assert.deepEqual([hot.heatTemplate, hot.templateGlob], [true, '**/*.hot']);
    const text = 'resources:\n  s:\n    type: OS::Nova::Server\n    properties:\n      image: {get_param: image}\n';
    assert.equal(lint({ path: join(dir, 'nested', 'node.hot'), text, heatTemplate: hot.heatTemplate }).kind, 'heat-template');
    assert.equal(lint({ path: join(dir, 'nested', 'node.hot'), text }).kind, undefined);
    assert.equal(resolveFileSettings(join(dir, 'node.yaml'), loaded).heatTemplate, false);
  });
});
