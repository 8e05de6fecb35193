/**
 * Real Terraform and Ansible, never committed: /work/ext/ct-corpus (or $CT_CORPUS) holds
 *   terraform/  terraform-provider-openstack's examples/ and every ```hcl block of its docs/ as a .tf file
 *   ansible/<owner+repo>/  the YAML of openstack/ansible-collections-openstack, openstack-ansible-os_magnum, kolla-ansible
 * The engine must not crash on any of it, and only the Magnum resources and tasks may give findings.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { ClusterTemplateSpec } from '../../server/src/engine/cluster-template/model';
import { analyze, lintAnalysis } from '../../server/src/engine';
import { REPO_ROOT } from '../support/fixtures';

const CORPUS = process.env.CT_CORPUS ?? join(REPO_ROOT, '..', 'ext', 'ct-corpus');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(tf|ya?ml)$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('Terraform and Ansible corpus', { skip: !existsSync(CORPUS) && `no corpus at ${CORPUS} (see this file's header to build one)` }, () => {
  const files = existsSync(CORPUS) ? filesUnder(CORPUS) : [];
  const results = files.map((path) => {
    const analysis = analyze({ path, text: readFileSync(path, 'utf8') });
    const specs = analysis.kind === undefined ? [] : ((analysis.doc as { specs?: ClusterTemplateSpec[] }).specs ?? []);
    return { path: path.slice(CORPUS.length + 1), kind: analysis.kind, specs, diagnostics: lintAnalysis(analysis) };
  });

  test('holds real Terraform and Ansible', () => {
    assert.ok(results.filter((r) => r.path.endsWith('.tf')).length > 100, 'Terraform files');
    assert.ok(results.filter((r) => r.path.startsWith('ansible/')).length > 1000, 'Ansible YAML files');
  });

  test('every file is checked without an internal error', () => {
    assert.deepEqual(results.flatMap((r) => r.diagnostics.filter((d) => d.message.includes('could not finish')).map((d) => `${r.path}: ${d.message}`)), []);
  });

  test('every .tf file is Terraform; the Magnum resources of the provider\'s docs are found, nothing else', () => {
    const tf = results.filter((r) => r.path.endsWith('.tf'));
    assert.deepEqual(tf.filter((r) => r.kind !== 'terraform').map((r) => r.path), []);
    const found = tf.flatMap((r) => r.specs.map((s) => s.source));
    assert.ok(found.includes('openstack_containerinfra_clustertemplate_v1.clustertemplate_1'), found.join(', '));
    assert.ok(found.includes('openstack_containerinfra_cluster_v1.cluster_1'), found.join(', '));
    assert.ok(found.every((s) => s.startsWith('openstack_containerinfra_cluster')), found.join(', '));
  });

  test('only lists of plays or tasks calling a Magnum module are Ansible (not the collection\'s runtime.yml, changelogs or Zuul jobs that name them)', () => {
    const ansible = results.filter((r) => r.kind === 'ansible');
    assert.ok(ansible.length >= 2, ansible.map((r) => r.path).join(', '));
    assert.ok(ansible.every((r) => r.specs.length > 0 && r.specs.every((s) => /coe_cluster/.test(s.source))));
    for (const named of results.filter((r) => /runtime\.yml$|changelog\.yaml$|\.zuul\.yaml$/.test(r.path))) assert.notEqual(named.kind, 'ansible', named.path);
  });

  test('files without a Magnum resource or task get no finding', () => {
    const silentOnes = results.filter((r) => (r.kind === 'terraform' || r.kind === 'ansible' || r.kind === undefined) && r.specs.length === 0);
    assert.ok(silentOnes.length > 1000);
    assert.deepEqual(silentOnes.filter((r) => r.diagnostics.length > 0).map((r) => `${r.path}: ${r.diagnostics.map((d) => d.rule).join(', ')}`), []);
  });
});
