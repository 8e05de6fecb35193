/** The cluster-template rules on Terraform and Ansible sources: exact rule, range and applied fix. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, fixturePath, lintFixture, lintText, only } from '../support/fixtures';
import type { Diagnostic } from '../../server/src/engine';

const brief = (ds: Diagnostic[]) => ds.map((d) => [d.rule, d.severity, `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`]);
const lineOf = (text: string, n: number) => text.split('\n')[n];

for (const { name, file, storage, coe, addedLine, added, overlay, overlayLine, labels, typo } of [
  {
    name: 'Terraform', file: 'terraform/swarm.tf', storage: '5:27-5:39', coe: '3:27-3:32', addedLine: 7, added: '  docker_volume_size    = 3',
    overlay: '13:27-13:34', overlayLine: '  docker_storage_driver = "overlay2"', labels: 'terraform/labels.tf', typo: '12:4-12:25',
  },
  {
    name: 'Ansible', file: 'ansible/playbook.yml', storage: '11:31-11:43', coe: '9:13-9:18', addedLine: 13, added: '        docker_volume_size: 3',
    overlay: '19:32-19:39', overlayLine: "        docker_storage_driver: 'overlay2'", labels: 'ansible/playbook.yml', typo: '23:10-23:31',
  },
]) {
  describe(`cluster-template rules on ${name}`, () => {
    const fixture = `cluster-templates/${file}`;

    test('coe swarm with devicemapper and no docker volume size: docker-volume-size on the storage driver value; the fix adds the size in the source\'s syntax', () => {
      const { text, diagnostics } = lintFixture(fixture, { release: '2023.1' });
      const [d, ...rest] = only(diagnostics, 'docker-volume-size');
      assert.deepEqual(rest, []);
      assert.deepEqual(brief([d]), [['docker-volume-size', 'error', storage]]);
      assert.match(d.message, /devicemapper storage driver needs a Docker volume of at least 3 GB, and docker_volume_size is not set/);
      const fixed = applyFix(text, d);
      assert.equal(lineOf(fixed, addedLine), added);
      assert.deepEqual(only(lintText(fixturePath(fixture), fixed, { release: '2023.1' }), 'docker-volume-size'), []);
    });

    test('coe swarm where swarm-mode was meant (2023.1): cluster-template-coe on the value, the fix writes swarm-mode', () => {
      const { text, diagnostics } = lintFixture(fixture, { release: '2023.1' });
      const [d, ...rest] = only(diagnostics, 'cluster-template-coe');
      assert.deepEqual(rest, []);
      assert.deepEqual(brief([d]), [['cluster-template-coe', 'information', coe]]);
      const fixed = applyFix(text, d, /swarm-mode/);
      assert.equal(lineOf(fixed, Number(coe.split(':')[0])).trim().replace(/\s+/g, ' '), name === 'Terraform' ? 'coe = "swarm-mode"' : 'coe: swarm-mode');
    });

    test('overlay storage on a Fedora Atomic image (atomic_overlay): docker-storage-driver on the value, the fix writes overlay2 in its quotes', () => {
      for (const release of ['2023.1', '2024.1']) {
        const { text, diagnostics } = lintFixture(fixture, { release });
        const warnings = only(diagnostics, 'docker-storage-driver').filter((d) => d.severity === 'warning');
        assert.deepEqual(brief(warnings), [['docker-storage-driver', 'warning', overlay]]);
        assert.match(warnings[0].message, /docker_storage_driver overlay on a Fedora Atomic image: with SELinux enforcing, containers fail with "permission denied"/);
        const fixed = applyFix(text, warnings[0], /overlay2/);
        const line = Number(overlay.split(':')[0]);
        assert.equal(lineOf(fixed, line), overlayLine);
        assert.equal(fixed.split('\n').filter((_, i) => i !== line).join('\n'), text.split('\n').filter((_, i) => i !== line).join('\n'), 'only that line changes');
        assert.deepEqual(only(lintText(fixturePath(fixture), fixed, { release }), 'docker-storage-driver').filter((d) => d.severity === 'warning'), []);
      }
    });

    test('a mistyped label (auto_scalling_enabled) under magnum-cluster-api: unknown-label on the key, the fix renames it', () => {
      const settings = { driver: 'k8s_cluster_api_ubuntu' };
      const labelsFixture = `cluster-templates/${labels}`;
      const { text, diagnostics } = lintFixture(labelsFixture, settings);
      const [d] = only(diagnostics, 'unknown-label').filter((x) => x.message.includes('auto_scalling_enabled'));
      assert.deepEqual(brief([d]), [['unknown-label', 'warning', typo]]);
      assert.equal(d.message, "Label 'auto_scalling_enabled' is not read by magnum-cluster-api v0.38.1: it is ignored. Did you mean 'auto_scaling_enabled'?");
      const fixed = applyFix(text, d);
      assert.equal(fixed, text.replace('auto_scalling_enabled', 'auto_scaling_enabled'));
      assert.deepEqual(only(lintText(fixturePath(labelsFixture), fixed, settings), 'unknown-label').filter((x) => x.message.includes('auto_sca')), []);
    });

    test('from 2024.1 coe swarm is an error (no driver left)', () => {
      const { diagnostics } = lintFixture(fixture, { release: '2024.1' });
      assert.deepEqual(brief(only(diagnostics, 'cluster-template-coe')).filter(([, severity]) => severity === 'error'), [['cluster-template-coe', 'error', coe]]);
    });
  });
}

describe('cluster-template rules: unrelated and computed content stays silent', () => {
  for (const fixture of ['terraform/unrelated.tf', 'ansible/not-a-playbook.yml']) {
    test(fixture, () => {
      for (const release of ['2023.1', '2024.1']) assert.deepEqual(lintFixture(`cluster-templates/${fixture}`, { release }).diagnostics, []);
    });
  }

});

describe('cluster-template rules: label mistakes in Terraform and Ansible', () => {
  const found = (fixture: string) => lintFixture(`cluster-templates/${fixture}`, { release: '2023.1' }).diagnostics
    .map((d) => [d.rule, `${d.range.start.line + 1}:${d.range.start.character + 1}`]);

  test('terraform/labels.tf: a mistyped label and an image property given as a label; a cluster without merge_labels', () => {
    assert.deepEqual(found('terraform/labels.tf'), [['unknown-label', '13:5'], ['unknown-label', '14:5'], ['merge-labels', '28:11']]);
  });

  test('ansible/role-tasks.yml: a cluster given labels without merge_labels', () => {
    assert.deepEqual(found('ansible/role-tasks.yml'), [['merge-labels', '16:18']]);
  });
});
