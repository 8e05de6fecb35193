import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf, readFixture } from '../support/fixtures';

const BAD = 'heat/magnum-resources/cluster-template-bad.yaml';
const GOOD = 'heat/magnum-resources/cluster-template-good.yaml';
const brief = (ds: Array<{ severity: string; range: unknown }>) => ds.map((d) => [d.severity, d.range]);

describe('cluster-template-coe', () => {
  const RULE = 'cluster-template-coe';

  test('2023.1: mesos (from a parameter default) is refused; legacy swarm gets the swarm-mode suggestion; a mesos image has no driver', () => {
    const { text, diagnostics } = lintFixture(BAD, { release: '2023.1' });
    const found = only(diagnostics, RULE);
    assert.deepEqual(brief(found), [
      ['information', rangeOf(text, 'swarm', 1)],
      ['error', rangeOf(text, '{get_param: coe}')],
      ['information', rangeOf(text, 'ubuntu-mesos')],
    ]);
    assert.equal(found[1].message, "Magnum 2023.1 does not accept coe 'mesos' (accepted from rocky to zed); it accepts 'kubernetes', 'swarm', 'swarm-mode'. The value is the default of parameter 'coe'.");
    assert.equal(applyFix(text, found[0], /swarm-mode/), text.replace('      coe: swarm\n', '      coe: swarm-mode\n'));
  });

  test('2023.2: swarm is deprecated and removed next; 2026.1: swarm is refused and Fedora Atomic and CoreOS images have no driver', () => {
    const late = only(lintFixture(BAD, { release: '2023.2' }).diagnostics, RULE);
    assert.equal(late[0].message, "coe 'swarm' is deprecated in 2023.2 (swarm_fedora_atomic_v1) and removed in 2024.1.");
    assert.equal(late[0].severity, 'warning');
    assert.equal(late.some((d) => d.message.includes('legacy standalone Swarm')), false);
    const { text, diagnostics } = lintFixture(BAD, { release: '2026.1' });
    const found = only(diagnostics, RULE);
    assert.equal(found[0].message, "Magnum 2026.1 does not accept coe 'swarm' (accepted from rocky to 2023.2); it accepts 'kubernetes'.");
    const images = found.filter((d) => d.message.startsWith('Image'));
    assert.deepEqual(images.map((d) => d.range), [rangeOf(text, 'fedora-atomic-29'), rangeOf(text, 'ubuntu-mesos'), rangeOf(text, 'coreos-stable')]);
    assert.match(images[2].message, /^Image 'coreos-stable' looks like coreos \(Glance os_distro 'coreos'\): no Magnum driver in 2026\.1 serves it \(k8s_coreos_v1 is gone\)/);
  });

  test('a supported COE and a current distro are fine', () => {
    assert.deepEqual(only(lintFixture(GOOD, { release: '2024.1' }).diagnostics, RULE), []);
    assert.deepEqual(only(lintFixture(GOOD, { release: '2024.2' }).diagnostics, RULE), []);
  });

  test('fedora-coreos is deprecated from 2025.1 on (with k8s_fedora_coreos_v1, removed in master): a warning on the image', () => {
    for (const release of ['2025.1', '2026.1']) {
      const { text, diagnostics } = lintFixture(GOOD, { release });
      const found = only(diagnostics, RULE);
      assert.deepEqual(brief(found), [['warning', rangeOf(text, 'fedora-coreos-38')]]);
      assert.equal(found[0].message, "Image 'fedora-coreos-38' looks like fedora-coreos (Glance os_distro 'fedora-coreos'): Magnum deprecated it in 2025.1 with its driver "
        + 'k8s_fedora_coreos_v1, which is removed in master; move to an image a Cluster API driver serves (ubuntu, flatcar, ubuntu-focal, rockylinux, debian).');
    }
    assert.deepEqual(brief(only(lintFixture(GOOD, { release: 'master' }).diagnostics, RULE)), [['information', rangeOf(readFixture(GOOD), 'fedora-coreos-38')]]);
  });
});

/** The range of `word` inside the first occurrence of `context`. */
function rangeIn(text: string, context: string, word: string) {
  const at = text.indexOf(context);
  const range = rangeOf(text, context);
  const column = range.start.character + context.indexOf(word);
  assert.ok(at >= 0);
  return { start: { line: range.start.line, character: column }, end: { line: range.start.line, character: column + word.length } };
}

describe('docker-volume-size', () => {
  const RULE = 'docker-volume-size';

  test('devicemapper with a volume below 3 GB, or without docker_volume_size, is an error', () => {
    const { text, diagnostics } = lintFixture(BAD, { release: '2023.1' });
    const found = only(diagnostics, RULE);
    assert.deepEqual(brief(found), [
      ['error', rangeIn(text, 'docker_volume_size: 2', '2')],
      ['error', rangeOf(text, 'devicemapper', 1)],
    ]);
    assert.equal(found[0].message, 'docker_volume_size 2 is below the 3 GB the devicemapper storage driver needs: Magnum rejects the cluster template.');
    assert.equal(found[1].message, 'The devicemapper storage driver needs a Docker volume of at least 3 GB, and docker_volume_size is not set: Magnum rejects the cluster template.');
  });

  test('fixes: raise the size, or add the missing size', () => {
    const { text, diagnostics } = lintFixture(BAD, { release: '2023.1' });
    const found = only(diagnostics, RULE);
    assert.equal(applyFix(text, found[0]), text.replace('docker_volume_size: 2', 'docker_volume_size: 3'));
    assert.equal(applyFix(text, found[1]), text.replace('      docker_storage_driver: devicemapper\n\n  k8s_template', '      docker_storage_driver: devicemapper\n      docker_volume_size: 3\n\n  k8s_template'));
  });

  test('a size from a parameter default is judged too; overlay, a size below 1 (Heat\'s own range check) and a big enough size are not this rule\'s', () => {
    const text = 'heat_template_version: 2018-08-31\nparameters:\n  size:\n    type: number\n    default: 1\nresources:\n  t:\n    type: OS::Magnum::ClusterTemplate\n'
      + '    properties:\n      coe: kubernetes\n      image: fedora-coreos\n      external_network: public\n      docker_storage_driver: devicemapper\n      docker_volume_size: {get_param: size}\n';
    const [finding] = only(lintText('t.yaml', text, { release: 'rocky' }), RULE);
    assert.deepEqual([finding.range, finding.fixes], [rangeOf(text, '{get_param: size}'), []]);
    assert.match(finding.message, /^docker_volume_size 1 \(the default of parameter 'size'\) is below the 3 GB/);
    assert.deepEqual(only(lintText('t.yaml', text.replace('devicemapper', 'overlay')), RULE), []);
    assert.deepEqual(only(lintText('t.yaml', text.replace('default: 1', 'default: 0')), RULE), []);
    assert.deepEqual(only(lintFixture(GOOD, { release: '2026.1' }).diagnostics, RULE), []);
  });
});
