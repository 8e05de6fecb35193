import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseDocument } from 'yaml';
import { lint } from '../../server/src/engine';
import { DiskHost } from '../../server/src/host/disk-host';
import { CORPUS, corpusAvailable, corpusFiles, corpusRelease } from '../support/corpus';
import { REPO_ROOT } from '../support/fixtures';

// The corpus is part of the shared workspace (CI has it beside the checkout). Without it there is nothing to run.
describe('upstream Magnum corpus', { skip: !corpusAvailable() && `no corpus at ${CORPUS}` }, () => {
  const files = corpusAvailable() ? corpusFiles() : [];

  test('holds templates of every release', () => {
    assert.ok(files.length > 500, `only ${files.length} files`);
  });

  test('every file lints without an internal error; valid YAML gets no yaml-syntax; no undefined parameters', () => {
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { diagnostics } = lint({ path: file, text });
      const validYaml = parseDocument(text, { uniqueKeys: false }).errors.length === 0;
      for (const d of diagnostics) {
        if (d.message.includes('could not finish')) problems.push(`${file}: internal error ${d.message}`);
        if (d.rule === 'yaml-syntax' && validYaml) problems.push(`${file}: yaml-syntax on valid YAML: ${d.message}`);
        if (d.rule === 'undefined-parameter') problems.push(`${file}:${d.range.start.line + 1}: ${d.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('each release\'s templates open the ports their own release expects', () => {
    const problems = files.flatMap((file) => lint({ path: file, text: readFileSync(file, 'utf8') }, { release: corpusRelease(file) })
      .diagnostics.filter((d) => d.rule === 'missing-port-rule').map((d) => `${file}: ${d.message}`));
    assert.deepEqual(problems, []);
  });
});

// Magnum's parameters and nested templates, judged across files (PART B of issue 4).
const DRIVER_PARAMS = join(REPO_ROOT, '..', 'shared', 'facts', 'magnum', 'driver_params.json');

describe('upstream Magnum corpus: Magnum parameters and nested templates', { skip: !(corpusAvailable() && existsSync(DRIVER_PARAMS)) && 'no corpus or facts' }, () => {
  const host = new DiskHost();
  const files = corpusAvailable() ? corpusFiles().filter((f) => f.endsWith('.yaml')) : [];
  const findings = (rule: string) => files.flatMap((file) => lint({ path: file, text: readFileSync(file, 'utf8'), host }, { release: corpusRelease(file) })
    .diagnostics.filter((d) => d.rule === rule).map((d) => ({ file: file.slice(CORPUS.length + 1), message: d.message })));
  const missingName = (message: string) => /passes '([^']+)'/.exec(message)?.[1];

  test('magnum-parameter-missing reports, per release and driver, exactly the names Magnum passes and the top-level template lacks', () => {
    const facts = JSON.parse(readFileSync(DRIVER_PARAMS, 'utf8')) as { releases: Record<string, { drivers: Record<string, { top_level_template: string; passed_but_not_declared: Record<string, unknown> }> }> };
    const found = new Map<string, string[]>();
    for (const f of findings('magnum-parameter-missing')) found.set(f.file, [...(found.get(f.file) ?? []), missingName(f.message)!]);
    const expected = new Map<string, string[]>();
    for (const [release, { drivers }] of Object.entries(facts.releases)) {
      for (const [driver, d] of Object.entries(drivers)) {
        const names = Object.keys(d.passed_but_not_declared).sort();
        if (names.length) expected.set(`${release}/drivers/${driver}/templates/${d.top_level_template.split('/').pop()}`, names);
      }
    }
    assert.deepEqual(new Map([...found].map(([k, v]) => [k, v.sort()])), expected);
    for (const release of ['stein', 'train', 'ussuri', 'victoria', 'wallaby', 'xena', 'yoga', 'zed', '2023.1', '2023.2']) {
      assert.ok(found.get(`${release}/drivers/k8s_coreos_v1/templates/kubecluster.yaml`)?.includes('octavia_ingress_controller_tag'), release);
    }
    assert.deepEqual(found.get('stein/drivers/k8s_coreos_v1/templates/kubecluster.yaml'), ['octavia_ingress_controller_tag']);
    assert.deepEqual([...found.keys()].filter((f) => /k8s_fedora_coreos_v1|swarm_|mesos_/.test(f)), []);
  });

  test('nested-parameter-mismatch: only the load balancer templates\' parameters added without defaults (allowed_cidrs, octavia_*)', () => {
    // Heat itself rejects these (checked with python3-heat: "Property allowed_cidrs not assigned"):
    // common/templates/lb_api.yaml and lb_etcd.yaml gained them for the fedora drivers only.
    const drifted = /^'\.\.\/\.\.\/common\/templates\/lb_(api|etcd)\.yaml' requires parameter '(allowed_cidrs|octavia_provider|octavia_lb_algorithm|octavia_lb_healthcheck)'/;
    const all = findings('nested-parameter-mismatch');
    assert.deepEqual(all.filter((f) => !drifted.test(f.message)), []);
    assert.deepEqual(all.filter((f) => /^(rocky|stein|train)\/|k8s_fedora_coreos_v1/.test(f.file)), []);
    assert.ok(all.some((f) => f.file === 'ussuri/drivers/swarm_fedora_atomic_v2/templates/swarmcluster.yaml' && f.message.includes("'allowed_cidrs'")));
  });

  const oracle = join(REPO_ROOT, '..', 'shared', 'tools', 'heat_oracle.py');
  const heatAvailable = () => {
    try {
      execFileSync('/usr/bin/python3', ['-c', 'import heat'], { stdio: 'ignore' });
      return existsSync(oracle);
    } catch {
      return false;
    }
  };

  test('Heat agrees: where we report a missing nested parameter Heat fails on it, where we report none it passes', { skip: !heatAvailable() && 'no python3-heat' }, () => {
    const samples = ['ussuri/drivers/mesos_ubuntu_v1/templates/mesoscluster.yaml', '2023.2/drivers/k8s_fedora_ironic_v1/templates/kubecluster.yaml',
      'stein/drivers/swarm_fedora_atomic_v2/templates/swarmcluster.yaml', 'zed/drivers/k8s_fedora_coreos_v1/templates/kubecluster.yaml'];
    const verdicts = execFileSync('/usr/bin/python3', [oracle, '--fill', ...samples.map((f) => join(CORPUS, f))], { encoding: 'utf8', timeout: 300_000 }).trim().split('\n');
    for (const [i, file] of samples.entries()) {
      const ours = lint({ path: join(CORPUS, file), text: readFileSync(join(CORPUS, file), 'utf8'), host }, { release: corpusRelease(join(CORPUS, file)) })
        .diagnostics.filter((d) => d.rule === 'nested-parameter-mismatch').map((d) => /parameter '([^']+)'/.exec(d.message)?.[1]);
      const heat = /Property (\w+) not assigned/.exec(verdicts[i])?.[1];
      if (heat) assert.ok(ours.includes(heat), `${file}: Heat: ${verdicts[i]}; ours: ${ours.join(', ')}`);
      else assert.deepEqual([verdicts[i].endsWith(' OK'), ours], [true, []], `${file}: ${verdicts[i]}`);
    }
  });

  test('every environment maps its types to files that exist', () => {
    assert.deepEqual(findings('missing-registry-file'), []);
  });
});

// HOT structure, resource types, properties and references (PART A of issue 4).
describe('upstream Magnum corpus: HOT structure, types, properties and references', { skip: !corpusAvailable() && `no corpus at ${CORPUS}` }, () => {
  const PART_A = new Set(['invalid-template-version', 'unknown-template-section', 'unknown-resource-key', 'function-unavailable',
    'unknown-resource-type', 'unknown-property', 'missing-required-property', 'invalid-property-value', 'undefined-resource',
    'unknown-attribute', 'unused-parameter', 'duplicate-key']);
  const files = corpusAvailable() ? corpusFiles().filter((f) => /\.ya?ml$/.test(f)) : [];
  const results = files.map((file) => {
    const text = readFileSync(file, 'utf8');
    return { file: file.slice(CORPUS.length + 1), text, diagnostics: lint({ path: file, text }, { release: corpusRelease(file) }).diagnostics.filter((d) => PART_A.has(d.rule)) };
  });

  test('no error or warning where Heat accepts the template (every release, with its own knowledge)', () => {
    // Heat (python3-heat with Magnum's aliases filled in) accepts every corpus template except for the
    // nested load balancer parameters PART B reports; duplicate keys are accepted too and checked below.
    const problems = results.flatMap(({ file, diagnostics }) => diagnostics
      .filter((d) => d.rule !== 'duplicate-key' && (d.severity === 'error' || d.severity === 'warning'))
      .map((d) => `${file}:${d.range.start.line + 1}: [${d.rule}] ${d.message}`));
    assert.deepEqual(problems, []);
  });

  test('duplicate-key reports exactly the keys the YAML parser sees repeated, fixed_subnet_cidr from yoga to 2026.1 among them', () => {
    const ours = new Set(results.flatMap(({ file, diagnostics }) => diagnostics.filter((d) => d.rule === 'duplicate-key')
      .map((d) => `${file} ${/^'([^']+)'/.exec(d.message)?.[1]}`)));
    const parser = new Set(results.flatMap(({ file, text }) => parseDocument(text, { uniqueKeys: true }).errors
      .filter((e) => e.code === 'DUPLICATE_KEY')
      .map((e) => `${file} ${/^\s*["']?([^"':]+)/.exec(text.slice(e.pos[0], e.pos[0] + 200))?.[1]}`)));
    assert.deepEqual([...ours].sort(), [...parser].sort());
    for (const release of ['yoga', 'zed', '2023.1', '2023.2', '2024.1', '2024.2', '2025.1', '2025.2', '2026.1']) {
      assert.ok(ours.has(`${release}/drivers/k8s_fedora_coreos_v1/templates/kubecluster.yaml fixed_subnet_cidr`), release);
    }
  });

  test('YAML that is no Heat template (cloud-config, Fedora CoreOS configs) gets nothing at all', () => {
    const manifest = JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as Record<string, { files: Array<{ corpus_path: string; kind: string }> }>;
    const others = Object.values(manifest).flatMap((r) => r.files).filter((f) => /\.ya?ml$/.test(f.corpus_path) && !f.kind.startsWith('heat_'));
    assert.ok(others.length > 300, `only ${others.length} non-Heat YAML files`);
    const problems = others.flatMap(({ corpus_path: path }) => {
      const result = lint({ path: join(CORPUS, path), text: readFileSync(join(CORPUS, path), 'utf8') });
      return result.kind === undefined && result.diagnostics.length === 0 ? [] : [`${path}: ${result.kind} ${result.diagnostics.length}`];
    });
    assert.deepEqual(problems, []);
  });
});
