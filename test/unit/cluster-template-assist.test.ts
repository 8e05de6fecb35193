/** Hover and completion on cluster-template labels and fields in Terraform, Ansible and Heat: one shared implementation. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, completeAt, hoverAt } from '../../server/src/engine';
import { fixturePath, readFixture } from '../support/fixtures';

const settings = { driver: 'k8s_cluster_api_ubuntu', release: '2025.1' };
const FOOTER = '\n\n---\n*magnum-heat · OpenStack 2025.1*';
const CARRIES_OVER = 'Heat-era label of k8s_fedora_coreos_v1; under Cluster API drivers it magnum-capi-helm: carries over; magnum-cluster-api: carries over.';

function hoverOn(fixture: string, needle: string) {
  const text = readFixture(`cluster-templates/${fixture}`);
  const at = text.indexOf(needle);
  const hover = hoverAt(analyze({ path: fixturePath(`cluster-templates/${fixture}`), text }), at + 2, settings);
  assert.ok(hover, `a hover on ${needle}`);
  return { hover, at, text };
}

/** The hover on `needle` is exactly these paragraphs (and the footer), over `spanText` from the needle on. */
function assertHover(fixture: string, needle: string, paragraphs: string[], spanText: string): void {
  const { hover, at, text } = hoverOn(fixture, needle);
  assert.equal(hover.markdown, paragraphs.join('\n\n') + FOOTER);
  assert.equal(text.slice(hover.span.start, hover.span.end), spanText);
  assert.equal(hover.span.start, at);
}

describe('label hovers in every source', () => {
  test('Terraform: a quoted key of the labels map, with its value in the span', () => {
    assertHover('terraform/labels.tf', 'boot_volume_size', [
      '**`boot_volume_size`** (cluster template label)',
      '- **magnum-cluster-api v0.38.1**: root volume size in GB; > 0 enables boot-from-volume. parsed as integer, strict: text that is no integer fails the cluster; default `[cinder] default_boot_volume_size in magnum.conf`; since v0.1.0; read from cluster.labels; node_group.labels.',
      CARRIES_OVER,
    ], 'boot_volume_size"   = 20');
  });

  test('Ansible playbook: a key of the task\'s labels dict', () => {
    assertHover('ansible/playbook.yml', 'kube_tag', [
      '**`kube_tag`** (cluster template label)',
      '- **magnum-cluster-api v0.38.1**: Kubernetes version (must match the version baked in the image); REQUIRED by the Rust extractor. parsed as text; **required**: no default; since v0.1.0; read from cluster.labels; cluster_template.labels.',
      'Heat-era label of k8s_fedora_coreos_v1; under Cluster API drivers it magnum-capi-helm: is replaced by Glance image property kube_version; magnum-cluster-api: carries over.',
    ], 'kube_tag: "{{ kube_tag }}');
  });

  test('Heat: a label of OS::Magnum::ClusterTemplate', () => {
    assertHover('heat-labels.yaml', 'octavia_provider', [
      '**`octavia_provider`** (cluster template label)',
      '- **magnum-cluster-api v0.38.1**: Octavia provider for Service LBs (cloud-config) and for the API LB (CAPO apiServerLoadBalancer.provider). parsed as text; default `amphorav2`; since v0.16.0; read from cluster.labels.',
      CARRIES_OVER,
    ], 'octavia_provider: ovn');
  });

  test('Heat: a computed label value keeps Heat\'s own hover (the parameter)', () => {
    const text = 'heat_template_version: 2018-08-31\nparameters:\n  tag:\n    type: string\n    default: v1.30.4\nresources:\n  t:\n    type: OS::Magnum::ClusterTemplate\n    properties:\n      coe: kubernetes\n      labels:\n        kube_tag: {get_param: tag}\n';
    const analysis = analyze({ path: 't.yaml', text });
    assert.match(hoverAt(analysis, text.indexOf('kube_tag') + 1, settings)!.markdown, /^\*\*`kube_tag`\*\* \(cluster template label\)/);
    assert.match(hoverAt(analysis, text.lastIndexOf('tag}') + 1, settings)!.markdown, /^\*\*tag\*\* · parameter · string/);
  });
});

describe('field hovers in Terraform and Ansible: the API field and the CLI option that fills it', () => {
  test('Terraform attribute', () => {
    assertHover('terraform/swarm.tf', 'docker_storage_driver', [
      '**`docker_storage_driver`** of `openstack_containerinfra_clustertemplate_v1.swarm` → API field `docker_storage_driver` (string)',
      'The Docker storage driver: overlay2, or the deprecated devicemapper and overlay.',
      'The `--docker-storage-driver` option of `openstack coe cluster template create`.',
    ], 'docker_storage_driver');
  });

  test('Ansible module parameter with a renamed field (is_floating_ip_enabled -> floating_ip_enabled)', () => {
    const { hover } = hoverOn('ansible/playbook.yml', 'is_floating_ip_enabled');
    assert.ok(hover.markdown.startsWith('**`is_floating_ip_enabled`** of `openstack.cloud.coe_cluster_template` → API field `floating_ip_enabled` (boolean)\n\nGives the nodes floating IPs.\n\nThe `--floating-ip-enabled` option of `openstack coe cluster template create`.'), hover.markdown);
  });
});

const TF = 'resource "openstack_containerinfra_clustertemplate_v1" "t" {\n  coe = "kubernetes"\n  labels = {\n    kube_tag = "v1.30.4"\n    auto_sc\n  }\n}\n';
const PLAYBOOK = '- hosts: localhost\n  tasks:\n    - openstack.cloud.coe_cluster_template:\n        coe: kubernetes\n        labels:\n          kube_tag: v1.30.4\n          auto_sc\n';

describe('label completion inside labels maps', () => {
  for (const { name, path, text, assign } of [
    { name: 'Terraform labels map', path: 'main.tf', text: TF, assign: ' = ' },
    { name: 'Ansible labels dict', path: 'site.yml', text: PLAYBOOK, assign: ': ' },
  ]) {
    test(`${name}: names replacing the word typed, inserted with the source's own separator`, () => {
      const analysis = analyze({ path, text });
      const at = text.indexOf('auto_sc');
      const names = completeAt(analysis, at + 'auto_sc'.length, settings);
      const item = names.find((c) => c.label === 'auto_scaling_enabled');
      assert.ok(item, names.map((c) => c.label).join(' '));
      assert.equal(item.insertText, `auto_scaling_enabled${assign}`);
      assert.equal(item.detail, 'magnum-cluster-api v0.38.1 label');
      assert.deepEqual(item.replace, { start: at, end: at + 'auto_sc'.length });
      assert.ok(names.some((c) => c.label === 'kube_tag'));
      assert.deepEqual(completeAt(analysis, text.indexOf('coe') + 2, settings), [], 'no label names outside the labels');
    });
  }

  test('Terraform values: quoted unless a quote is open', () => {
    const text = TF.replace('auto_sc', 'auto_scaling_enabled = ');
    const analysis = analyze({ path: 'main.tf', text });
    const at = text.indexOf('enabled = ') + 'enabled = '.length;
    assert.deepEqual(completeAt(analysis, at, settings).map((c) => [c.label, c.insertText, c.replace]), [
      ['true', '"true"', { start: at, end: at }],
      ['false', '"false"', { start: at, end: at }],
    ]);
    const open = text.replace('enabled = ', 'enabled = "t');
    const quoted = completeAt(analyze({ path: 'main.tf', text: open }), at + 2, settings);
    assert.deepEqual(quoted.map((c) => [c.label, c.insertText, c.replace]), [
      ['true', undefined, { start: at + 1, end: at + 2 }],
      ['false', undefined, { start: at + 1, end: at + 2 }],
    ]);
  });

  test('Ansible: the labels string form `a=b,c` completes like the command line; Heat labels map like a YAML dict', () => {
    const list = '- hosts: localhost\n  tasks:\n    - openstack.cloud.coe_cluster_template:\n        coe: kubernetes\n        labels: "kube_tag=v1.30.4,auto_sc"\n';
    const names = completeAt(analyze({ path: 'site.yml', text: list }), list.indexOf('auto_sc') + 7, settings);
    assert.equal(names.find((c) => c.label === 'auto_scaling_enabled')?.insertText, 'auto_scaling_enabled=');
    const heat = readFixture('cluster-templates/heat-labels.yaml');
    const at = heat.indexOf('auto_scaling_enabled: ') + 'auto_scaling_enabled: '.length;
    assert.deepEqual(completeAt(analyze({ path: 't.yaml', text: heat }), at, settings).map((c) => [c.label, c.insertText]), [['true', '"true"'], ['false', '"false"']]);
  });
});
