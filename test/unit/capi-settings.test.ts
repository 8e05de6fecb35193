import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { parseArgs, UsageError, type LintCommand } from '../../server/src/cli/args';
import { parseProjectConfig, resolveFileSettings } from '../../server/src/engine/settings';
import { normalizeSettings } from '../../server/src/engine/settings/editor';
import { ServerProjectConfig } from '../../server/src/lsp/project-config';
import { runCli } from '../support/cli';
import { rangeOf } from '../support/fixtures';

const HELM = 'magnum-capi-helm';
const MCAPI = 'magnum-cluster-api';
const CONFIG = `capiDriver: ${HELM}
driverVersions:
  ${HELM}: 1.3.0
overrides:
  - files: old/**
    driverVersions:
      ${HELM}: 1.1.0
      ${MCAPI}: v0.36.6
  - files: vexxhost/**
    capiDriver: ${MCAPI}
`;

function problems(text: string) {
  return parseProjectConfig(text).diagnostics.map((d) => [d.rule, d.message, d.range]);
}

describe('capiDriver and driverVersions in .magnum-heat.yaml', () => {
  test('accepted at the top level and in overrides', () => {
    const { config, diagnostics } = parseProjectConfig(CONFIG);
    assert.deepEqual(diagnostics, []);
    assert.equal(config.capiDriver, HELM);
    assert.deepEqual(config.driverVersions, { [HELM]: '1.3.0' });
    assert.deepEqual(config.overrides, [
      { files: ['old/**'], driverVersions: { [HELM]: '1.1.0', [MCAPI]: 'v0.36.6' } },
      { files: ['vexxhost/**'], capiDriver: MCAPI },
    ]);
  });

  test('an unknown package or version is project-config-invalid on the node at fault, with did-you-mean; the rest applies', () => {
    const text = `capiDriver: magnum-capi-hlm\ndriverVersions:\n  magnum-cluster-apii: v0.38.1\n  ${HELM}: 1.40\n  ${MCAPI}: 0.38.1\noverrides:\n  - files: x/**\n    capiDriver: heat\n`;
    assert.deepEqual(problems(text), [
      ['project-config-invalid', "'capiDriver': 'magnum-capi-hlm' is not a Cluster API driver package (known: magnum-capi-helm, magnum-cluster-api). Did you mean 'magnum-capi-helm'?", rangeOf(text, 'magnum-capi-hlm')],
      ['project-config-invalid', "'driverVersions': 'magnum-cluster-apii' is not a Cluster API driver package (known: magnum-capi-helm, magnum-cluster-api). Did you mean 'magnum-cluster-api'?", rangeOf(text, 'magnum-cluster-apii')],
      ['project-config-invalid', "'driverVersions': magnum-capi-helm '1.40' is not a known version (known: 1.0.0, 1.1.0, 1.2.0, 1.2.1, 1.3.0, 1.4.0). Did you mean '1.4.0'?", rangeOf(text, '1.40')],
      ['project-config-invalid', "'driverVersions': magnum-cluster-api '0.38.1' is not a known version (known: v0.34.2, v0.35.0, v0.36.0, v0.36.1, v0.36.2, v0.36.3, v0.36.5, v0.36.6, v0.37.0, v0.38.0, v0.38.1). Did you mean 'v0.38.1'?", rangeOf(text, '0.38.1', 1)],
      ['project-config-invalid', "'capiDriver': 'heat' is not a Cluster API driver package (known: magnum-capi-helm, magnum-cluster-api).", rangeOf(text, 'heat')],
    ]);
    const { config } = parseProjectConfig(text);
    assert.deepEqual([config.capiDriver, config.driverVersions, config.overrides], [undefined, {}, [{ files: ['x/**'] }]]);
  });

  test('a driverVersions that is not a mapping, or an empty version, is reported', () => {
    const text = 'driverVersions: [1.4.0]\n';
    assert.deepEqual(problems(text), [['project-config-invalid', "'driverVersions' must map a Cluster API driver package to its version, like magnum-capi-helm: 1.4.0.", rangeOf(text, '[1.4.0]')]]);
    const empty = `driverVersions:\n  ${HELM}:\n`;
    assert.deepEqual(problems(empty).map(([, , range]) => range), [rangeOf(empty, HELM)]);
  });
});

describe('one resolution for every face', () => {
  const dir = join('/', 'p');
  const loaded = { path: join(dir, '.magnum-heat.yaml'), dir, ...parseProjectConfig(CONFIG) };

  test('config file < matching overrides (per package) < explicit settings, with the origin of each', () => {
    const plain = resolveFileSettings(join(dir, 'magnum.conf'), loaded);
    assert.deepEqual([plain.settings.capiDriver, plain.settings.driverVersions], [HELM, { [HELM]: '1.3.0' }]);
    assert.deepEqual([plain.origin.capiDriver, plain.origin.driverVersions], ['config file', { [HELM]: 'config file' }]);
    const old = resolveFileSettings(join(dir, 'old', 'magnum.conf'), loaded);
    assert.deepEqual(old.settings.driverVersions, { [HELM]: '1.1.0', [MCAPI]: 'v0.36.6' });
    assert.deepEqual(old.origin.driverVersions, { [HELM]: 'overrides[0]', [MCAPI]: 'overrides[0]' });
    const flags = resolveFileSettings(join(dir, 'old', 'magnum.conf'), loaded, { capiDriver: MCAPI, driverVersions: { [MCAPI]: 'v0.38.0' } });
    assert.deepEqual([flags.settings.capiDriver, flags.settings.driverVersions], [MCAPI, { [HELM]: '1.1.0', [MCAPI]: 'v0.38.0' }]);
    assert.deepEqual([flags.origin.capiDriver, flags.origin.driverVersions], ['settings', { [HELM]: 'overrides[0]', [MCAPI]: 'settings' }]);
    const none = resolveFileSettings(join(dir, 'magnum.conf'), undefined);
    assert.deepEqual([none.settings, none.origin.capiDriver, none.origin.driverVersions], [{}, 'default', {}]);
  });

  test('the editor: valid values taken, invalid ones warned about in the same words as the other faces', () => {
    const warnings: string[] = [];
    const settings = normalizeSettings({ capiDriver: 'magnum-capi-hlm', driverVersions: { [HELM]: '1.2.1', [MCAPI]: '0.38.1', other: '1' } }, (m) => warnings.push(m));
    assert.deepEqual([settings.capiDriver, settings.driverVersions], [undefined, { [HELM]: '1.2.1' }]);
    assert.deepEqual(warnings, [
      "magnumHeat.capiDriver: 'magnum-capi-hlm' is not a Cluster API driver package (known: magnum-capi-helm, magnum-cluster-api). Did you mean 'magnum-capi-helm'? Assuming either.",
      "magnumHeat.driverVersions: magnum-cluster-api '0.38.1' is not a known version (known: v0.34.2, v0.35.0, v0.36.0, v0.36.1, v0.36.2, v0.36.3, v0.36.5, v0.36.6, v0.37.0, v0.38.0, v0.38.1). Did you mean 'v0.38.1'? Using the newest.",
      "magnumHeat.driverVersions: 'other' is not a Cluster API driver package (known: magnum-capi-helm, magnum-cluster-api). Ignored.",
    ]);
  });

  test('the language server: the config file applies under the editor settings, which win per package', () => {
    const root = join('/', 'p');
    const server = new ServerProjectConfig(() => undefined);
    const uri = pathToFileURL(join(root, 'old', 'magnum.conf')).href;
    const configUri = pathToFileURL(join(root, '.magnum-heat.yaml')).href;
    const onDisk = new ServerProjectConfig((u) => (u === configUri ? CONFIG : undefined));
    const base = { debounceMs: 0, run: 'onType' as const, templateGlobs: [] };
    assert.deepEqual(server.apply(uri, base).driverVersions, undefined);
    const fromConfig = onDisk.apply(uri, base);
    assert.deepEqual([fromConfig.capiDriver, fromConfig.driverVersions], [HELM, { [HELM]: '1.1.0', [MCAPI]: 'v0.36.6' }]);
    const editor = onDisk.apply(uri, { ...base, capiDriver: MCAPI, driverVersions: { [HELM]: '1.4.0' } });
    assert.deepEqual([editor.capiDriver, editor.driverVersions], [MCAPI, { [HELM]: '1.4.0', [MCAPI]: 'v0.36.6' }]);
  });

  test('the editor\'s defaults ([] and {}) set nothing: the config file\'s environments and versions stay in force', () => {
    const root = join('/', 'p');
    const uri = pathToFileURL(join(root, 't.yaml')).href;
    const configUri = pathToFileURL(join(root, '.magnum-heat.yaml')).href;
    const config = `${CONFIG}environments:\n  - env/site.yaml\n`;
    const server = new ServerProjectConfig((u) => (u === configUri ? config : undefined));
    const defaults = normalizeSettings({ environments: [], driverVersions: {}, rules: {}, templateGlobs: [] }, () => undefined);
    const applied = server.apply(uri, defaults);
    assert.deepEqual(applied.environments, [pathToFileURL(join(root, 'env', 'site.yaml')).href]);
    assert.deepEqual(applied.driverVersions, { [HELM]: '1.3.0' });
  });
});

describe('--capi-driver and --driver-version', () => {
  const lintCmd = (...args: string[]) => parseArgs(['lint', ...args, 'magnum.conf']) as LintCommand;
  const usage = (...args: string[]) => assert.throws(() => lintCmd(...args), UsageError);

  test('parsed into the settings layer, --driver-version repeatable, the inline form too', () => {
    const cmd = lintCmd('--capi-driver', MCAPI, '--driver-version', `${HELM}=1.2.0`, `--driver-version=${MCAPI}=v0.37.0`);
    assert.deepEqual([cmd.capiDriver, cmd.driverVersions], [MCAPI, { [HELM]: '1.2.0', [MCAPI]: 'v0.37.0' }]);
    assert.deepEqual(lintCmd().driverVersions, {});
  });

  test('bad values are usage errors (exit 2) with did-you-mean', () => {
    usage('--capi-driver', 'helm');
    usage('--driver-version', HELM);
    const cases: Array<[string[], string]> = [
      [['--capi-driver', 'magnum-capi-hlm'], "magnum-heat: --capi-driver: 'magnum-capi-hlm' is not a Cluster API driver package (known: magnum-capi-helm, magnum-cluster-api). Did you mean 'magnum-capi-helm'?"],
      [['--driver-version', `${HELM}=1.4`], "magnum-heat: --driver-version: magnum-capi-helm '1.4' is not a known version (known: 1.0.0, 1.1.0, 1.2.0, 1.2.1, 1.3.0, 1.4.0)."],
      [['--driver-version', HELM], 'magnum-heat: --driver-version magnum-capi-helm: expected DRIVER=VERSION, e.g. magnum-capi-helm=1.4.0'],
    ];
    const dir = mkdtempSync(join(tmpdir(), 'mh-capi-'));
    for (const [args, message] of cases) {
      const run = runCli(dir, 'lint', ...args, 'magnum.conf');
      assert.deepEqual([run.code, run.stdout, run.stderr.split('\n')[0]], [2, '', message]);
    }
  });

  test('the flags mean what the config file and the editor settings mean: the same findings, and --print-config says where they came from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mh-capi-'));
    // [capi_helm_cluster_labels] exists from magnum-capi-helm 1.4.0 on; [capi_helm] belongs to one package only
    writeFileSync(join(dir, 'magnum.conf'), '[capi_helm]\nnamespace_prefix = magnum\n\n[capi_helm_cluster_labels]\nkube_tag = v1.30.0\n');
    const findings = (...args: string[]) => {
      const out = JSON.parse(runCli(dir, 'lint', '--no-config', '--format', 'json', ...args, 'magnum.conf').stdout) as { files: Array<{ diagnostics: Array<{ rule: string; message: string }> }> };
      return out.files[0].diagnostics.filter((d) => d.rule === 'unknown-section').map((d) => d.message);
    };
    assert.deepEqual(findings(), []);
    const old = findings('--driver-version', `${HELM}=1.3.0`);
    assert.equal(old.length, 1);
    assert.match(old[0], /capi_helm_cluster_labels/);
    const other = findings('--capi-driver', MCAPI);
    assert.deepEqual(other.slice(0, 1), ['[capi_helm] belongs to magnum-capi-helm, but magnumHeat.capiDriver says magnum-cluster-api is installed: nothing reads this section.']);
    writeFileSync(join(dir, '.magnum-heat.yaml'), `driverVersions:\n  ${HELM}: 1.3.0\n`);
    const viaConfig = JSON.parse(runCli(dir, 'lint', '--format', 'json', 'magnum.conf').stdout) as { files: Array<{ diagnostics: Array<{ rule: string; message: string }> }> };
    assert.deepEqual(viaConfig.files[0].diagnostics.filter((d) => d.rule === 'unknown-section').map((d) => d.message), old);

    const printed = JSON.parse(runCli(dir, 'lint', '--format', 'json', '--capi-driver', HELM, '--print-config', 'magnum.conf').stdout) as Record<string, unknown>;
    assert.deepEqual([printed.capiDriver, printed.driverVersions], [{ value: HELM, from: 'command line' }, { [HELM]: { value: '1.3.0', from: 'config file' } }]);
    const neither = JSON.parse(runCli(dir, 'lint', '--format', 'json', '--no-config', '--print-config', 'magnum.conf').stdout) as Record<string, unknown>;
    assert.deepEqual([neither.capiDriver, neither.driverVersions], [null, { [HELM]: { value: '1.4.0', from: 'default, the newest known' }, [MCAPI]: { value: 'v0.38.1', from: 'default, the newest known' } }]);
    const text = runCli(dir, 'lint', '--driver-version', `${MCAPI}=v0.37.0`, '--print-config', 'magnum.conf').stdout.split('\n');
    assert.deepEqual(text.filter((l) => /^(capi driver|version):/.test(l)), [
      'capi driver:  (either)',
      'version:      magnum-capi-helm 1.3.0 (config file)',
      'version:      magnum-cluster-api v0.37.0 (command line)',
    ]);
    assert.equal(runCli(dir, 'lint', '--no-config', '--print-config', 'magnum.conf').stdout.includes('capi driver:'), false, 'nothing set: no Cluster API lines');
  });
});
