/** Terraform and Ansible files over LSP: the server checks them under the editors' language ids. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertOurDiagnostic, rangeOf } from './helpers';
import { LspClient } from './lsp-client';

const TF = [
  '# magnum-heat-disable-next-line docker-volume-size',
  'resource "openstack_containerinfra_clustertemplate_v1" "t" {',
  '  coe = "kubernetes"',
  '}',
  '',
].join('\n');

const PLAYBOOK = [
  '- hosts: localhost',
  '  tasks:',
  '    # magnum-heat-disable-next-line docker-volume-size',
  '    - openstack.cloud.coe_cluster_template:',
  '        coe: kubernetes',
  '',
].join('\n');

describe('Terraform and Ansible over LSP', { timeout: 30_000 }, () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ settings: () => ({ debounceMs: 0 }) });
  });
  after(() => client.kill());

  test('a .tf file is checked (its # comments are suppression comments), as terraform or as plain text', async () => {
    for (const [uri, languageId] of [['file:///w/main.tf', 'terraform'], ['file:///w/plain.tf', 'plaintext']]) {
      const [d, ...rest] = await client.open(uri, languageId, TF);
      assert.deepEqual(rest, []);
      assertOurDiagnostic(d, 'unused-suppression', rangeOf(TF, 'docker-volume-size'));
    }
  });

  test('a .tf file gets the cluster-template diagnostics with their quick fix data', async () => {
    const tf = 'resource "openstack_containerinfra_clustertemplate_v1" "t" {\n  coe                   = "kubernetes"\n  docker_storage_driver = "devicemapper"\n}\n';
    const found = (await client.open('file:///w/dm.tf', 'terraform', tf)).filter((d) => d.code === 'docker-volume-size');
    assert.equal(found.length, 1);
    assertOurDiagnostic(found[0], 'docker-volume-size', rangeOf(tf, 'devicemapper'));
  });

  test('a playbook with a Magnum task is checked under yaml and under ansible; other YAML gets nothing', async () => {
    for (const [uri, languageId] of [['file:///w/site.yml', 'yaml'], ['file:///w/roles/r/tasks/main.yml', 'ansible']]) {
      const [d, ...rest] = await client.open(uri, languageId, PLAYBOOK);
      assert.deepEqual(rest, []);
      assertOurDiagnostic(d, 'unused-suppression', rangeOf(PLAYBOOK, 'docker-volume-size'));
    }
    assert.deepEqual(await client.open('file:///w/other.yml', 'yaml', PLAYBOOK.replace('openstack.cloud.coe_cluster_template', 'openstack.cloud.server')), []);
  });
});
