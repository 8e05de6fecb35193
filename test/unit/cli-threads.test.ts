import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MIN_FILES_PER_THREAD, threadCount } from '../../server/src/cli/pool';
import { CLI } from '../support/cli';
import { REPO_ROOT } from '../support/fixtures';

const SWARM = readFileSync(join(REPO_ROOT, 'examples', 'drivers', 'swarm_fedora_atomic_v2', 'templates', 'swarmcluster.yaml'), 'utf8');
const CONF = readFileSync(join(REPO_ROOT, 'examples', 'magnum.conf'), 'utf8');
const NESTED = 'heat_template_version: 2018-08-31\nparameters:\n  size: {type: number}\n  volume_type: {type: string}\nresources:\n  vol:\n    type: OS::Cinder::Volume\n    properties:\n      size: {get_param: size}\n      volume_type: {get_param: volume_type}\n';
const parent = (n: number) => `heat_template_version: 2018-08-31\nparameters:\n  token:\n    type: string\n    hidden: true\n    default: s3cret-${n}\nresources:\n  nested:\n    type: node.yaml\n    properties:\n      size: ${n}\n      volume_type: ""\n      extra_${n}: 1\n  mapped:\n    type: My::Node\n    properties: {size: 1}\n  bad:\n    type: OS::Nova::Server\n    properties:\n      image: {get_param: missing_${n % 7}}\n`;

/**
 * A tree of 200 files: drivers with nested templates, identical copies at several paths, files
 * with secrets to mask, a magnum.conf per driver, a .magnum-heat.yaml in some folders.
 */
function generatedTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'mh-threads-'));
  for (let d = 0; d < 40; d++) {
    const templates = join(root, `copy${d % 4}`, 'drivers', `driver_${d}`, 'templates');
    mkdirSync(join(templates, 'environments'), { recursive: true });
    writeFileSync(join(templates, 'cluster.yaml'), parent(d));
    writeFileSync(join(templates, 'node.yaml'), NESTED);
    writeFileSync(join(templates, 'swarmcluster.yaml'), SWARM);
    writeFileSync(join(templates, 'same.yaml'), parent(d % 3));
    writeFileSync(join(templates, 'environments', 'env.yaml'), `resource_registry:\n  "My::Node": ../node${d % 2 ? '' : '-missing'}.yaml\n`);
    writeFileSync(join(root, `copy${d % 4}`, 'drivers', `driver_${d}`, 'magnum.conf'), CONF);
  }
  writeFileSync(join(root, 'copy1', '.magnum-heat.yaml'), 'rules:\n  unused-parameter: off\n');
  writeFileSync(join(root, 'copy2', '.magnum-heat.yaml'), 'release: 2023.1\nrules:\n  no-such-rule: warning\n');
  return root;
}

function lintTree(root: string, threads: number) {
  const result = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '.'], { cwd: root, encoding: 'utf8', env: { ...process.env, MAGNUM_HEAT_THREADS: String(threads), MAGNUM_HEAT_DEBUG: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI on several threads', () => {
  const root = generatedTree();
  after(() => rmSync(root, { recursive: true, force: true }));

  it('prints byte-identical JSON on one thread and on two', () => {
    const one = lintTree(root, 1);
    const two = lintTree(root, 2);
    assert.match(one.stderr, /^magnum-heat: 200 files, \d+ distinct texts, 1 thread$/m);
    assert.match(two.stderr, /^magnum-heat: 200 files, \d+ distinct texts, 2 threads$/m);
    assert.equal(one.code, 1);
    assert.equal(two.code, one.code);
    assert.equal(two.stdout, one.stdout);
    const report = JSON.parse(one.stdout) as { files: Array<{ path: string; diagnostics: Array<{ rule: string; message: string }> }> };
    const paths = report.files.map((f) => f.path);
    assert.equal(paths.length, 201); // the files, and the config file naming an unknown rule
    assert.equal(paths[0], join('copy2', '.magnum-heat.yaml'));
    assert.ok(!one.stdout.includes('s3cret'), 'hidden defaults are masked');
    const cluster = report.files.find((f) => f.path === join('copy1', 'drivers', 'driver_5', 'templates', 'cluster.yaml'))!;
    // copy1's config turns unused-parameter off; the driver's environment maps My::Node to node.yaml
    assert.deepEqual(cluster.diagnostics.map((d) => d.rule), ['empty-volume-type', 'nested-parameter-mismatch', 'nested-parameter-mismatch', 'missing-required-property', 'undefined-parameter']);
    assert.match(cluster.diagnostics[2].message, /^node\.yaml \(My::Node in env\.yaml\) requires parameter 'volume_type'/);
  });

  it('uses one thread per core and per MIN_FILES_PER_THREAD files, at least one', () => {
    assert.equal(threadCount(MIN_FILES_PER_THREAD - 1, {}), 1);
    assert.equal(threadCount(0, {}), 1);
    assert.ok(threadCount(MIN_FILES_PER_THREAD * 2, {}) <= 2);
    assert.equal(threadCount(5, { MAGNUM_HEAT_THREADS: '3' }), 3);
    assert.equal(threadCount(2, { MAGNUM_HEAT_THREADS: '3' }), 2);
  });
});
