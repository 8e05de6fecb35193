/** Terraform: which files are Terraform, the specs its Magnum resources give, and edits in HCL. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, secretsOf } from '../../server/src/engine';
import { readFixture } from '../support/fixtures';
import { edited, specData, specFixture, specsOf } from '../support/specs';

const fixture = (name: string) => specFixture(`terraform/${name}`);

describe('terraform: detection', () => {
  test('a .tf file is Terraform with or without an editor language id; other HCL and other languages are not', () => {
    const kind = (path: string, languageId?: string) => analyze({ path, text: 'a = 1\n', languageId }).kind;
    assert.equal(kind('main.tf'), 'terraform');
    assert.equal(kind('/m/main.tf', 'terraform'), 'terraform');
    assert.equal(kind('/m/main.tf', 'plaintext'), 'terraform');
    assert.equal(kind('untitled:Untitled-1', 'terraform'), 'terraform');
    assert.equal(kind('/m/main.tf', 'python'), undefined);
    assert.equal(kind('job.nomad.hcl'), undefined);
    assert.equal(kind('terraform.tfvars'), undefined);
  });

  test('the explanation says how many Magnum resources are checked', () => {
    const analysis = analyze({ path: 'main.tf', text: readFixture('cluster-templates/terraform/labels.tf') });
    assert.equal(analysis.kind === undefined ? '' : analysis.language.explain(analysis.doc, analysis.file).sentence, 'Checked as Terraform: its 3 Magnum cluster template/cluster resources are checked.');
  });
});

describe('terraform: specs', () => {
  test('cluster templates: attributes as Magnum fields (image -> image_id, flavor -> flavor_id), literals typed, references computed', () => {
    const { specs, index } = fixture('swarm.tf');
    assert.deepEqual(specs.map((s) => specData(s, index)), [
      {
        kind: 'cluster-template',
        source: 'openstack_containerinfra_clustertemplate_v1.swarm',
        anchor: '1:10-1:53',
        fields: {
          name: { value: 'swarm', raw: 'swarm', at: '2:27-2:32', nameAt: '2:2-2:6', spelledAs: 'name' },
          coe: { value: 'swarm', raw: 'swarm', at: '3:27-3:32', nameAt: '3:2-3:5', spelledAs: 'coe' },
          image_id: { value: 'fedora-atomic-27', raw: 'fedora-atomic-27', at: '4:27-4:43', nameAt: '4:2-4:7', spelledAs: 'image' },
          docker_storage_driver: { value: 'devicemapper', raw: 'devicemapper', at: '5:27-5:39', nameAt: '5:2-5:23', spelledAs: 'docker_storage_driver' },
          external_network_id: { value: undefined, raw: 'var.external_network', at: '6:26-6:46', nameAt: '6:2-6:21', spelledAs: 'external_network_id' },
        },
        labels: [],
        labelsKnown: true,
      },
      {
        kind: 'cluster-template',
        source: 'openstack_containerinfra_clustertemplate_v1.atomic_overlay',
        anchor: '9:10-9:53',
        fields: {
          name: { value: 'k8s-overlay', raw: 'k8s-overlay', at: '10:27-10:38', nameAt: '10:2-10:6', spelledAs: 'name' },
          coe: { value: 'kubernetes', raw: 'kubernetes', at: '11:27-11:37', nameAt: '11:2-11:5', spelledAs: 'coe' },
          image_id: { value: 'fedora-atomic-27', raw: 'fedora-atomic-27', at: '12:27-12:43', nameAt: '12:2-12:7', spelledAs: 'image' },
          docker_storage_driver: { value: 'overlay', raw: 'overlay', at: '13:27-13:34', nameAt: '13:2-13:23', spelledAs: 'docker_storage_driver' },
          docker_volume_size: { value: 10, raw: '10', at: '14:26-14:28', nameAt: '14:2-14:20', spelledAs: 'docker_volume_size' },
          master_flavor_id: { value: 'm1.medium', raw: 'm1.medium', at: '15:27-15:36', nameAt: '15:2-15:15', spelledAs: 'master_flavor' },
          flavor_id: { value: 'm1.small', raw: 'm1.small', at: '16:27-16:35', nameAt: '16:2-16:8', spelledAs: 'flavor' },
          tls_disabled: { value: false, raw: 'false', at: '17:26-17:31', nameAt: '17:2-17:14', spelledAs: 'tls_disabled' },
        },
        labels: [],
        labelsKnown: true,
      },
    ]);
  });

  test('labels: each entry at its key and value (inside quotes), interpolated names and references computed; clusters: merge_labels, keypair; labels from a call unknown; = null unset', () => {
    const { specs, index } = fixture('labels.tf');
    assert.deepEqual(specs.map((s) => specData(s, index)), [
      {
        kind: 'cluster-template',
        source: 'openstack_containerinfra_clustertemplate_v1.capi',
        anchor: '4:10-4:53',
        fields: {
          name: { value: undefined, raw: 'k8s-capi-${var.env}', at: '5:13-5:32', nameAt: '5:2-5:6', spelledAs: 'name' },
          coe: { value: 'kubernetes', raw: 'kubernetes', at: '6:13-6:23', nameAt: '6:2-6:5', spelledAs: 'coe' },
          image_id: { value: undefined, raw: 'data.openstack_images_image_v2.ubuntu.id', at: '7:12-7:52', nameAt: '7:2-7:7', spelledAs: 'image' },
          network_driver: { value: 'calico', raw: 'calico', at: '8:20-8:26', nameAt: '8:2-8:16', spelledAs: 'network_driver' },
        },
        labels: [
          { name: 'kube_tag', value: undefined, raw: 'var.kube_tag', at: '10:27-10:39', nameAt: '10:4-10:12', spelledAs: 'kube_tag' },
          { name: 'boot_volume_size', value: '20', raw: '20', at: '11:27-11:29', nameAt: '11:5-11:21', spelledAs: 'boot_volume_size' },
          { name: 'auto_scalling_enabled', value: 'true', raw: 'true', at: '12:29-12:33', nameAt: '12:4-12:25', spelledAs: 'auto_scalling_enabled' },
          { name: 'os_distro', value: 'ubuntu', raw: 'ubuntu', at: '13:28-13:34', nameAt: '13:4-13:13', spelledAs: 'os_distro' },
        ],
        labelsKnown: true,
      },
      {
        kind: 'cluster',
        source: 'openstack_containerinfra_cluster_v1.prod',
        anchor: '17:10-17:45',
        fields: {
          name: { value: 'prod', raw: 'prod', at: '18:25-18:29', nameAt: '18:2-18:6', spelledAs: 'name' },
          cluster_template_id: { value: undefined, raw: 'openstack_containerinfra_clustertemplate_v1.capi.id', at: '19:24-19:75', nameAt: '19:2-19:21', spelledAs: 'cluster_template_id' },
          master_count: { value: 3, raw: '3', at: '20:24-20:25', nameAt: '20:2-20:14', spelledAs: 'master_count' },
          node_count: { value: 5, raw: '5', at: '21:24-21:25', nameAt: '21:2-21:12', spelledAs: 'node_count' },
          keypair_id: { value: 'ops', raw: 'ops', at: '22:25-22:28', nameAt: '22:2-22:9', spelledAs: 'keypair' },
          merge_labels: { value: true, raw: 'true', at: '23:24-23:28', nameAt: '23:2-23:14', spelledAs: 'merge_labels' },
        },
        labels: [{ name: 'auto_healing_enabled', value: 'true', raw: 'true', at: '24:50-24:54', nameAt: '24:26-24:46', spelledAs: 'auto_healing_enabled' }],
        labelsKnown: true,
      },
      {
        kind: 'cluster',
        source: 'openstack_containerinfra_cluster_v1.computed_labels',
        anchor: '27:10-27:45',
        fields: { cluster_template_id: { value: 'abc', raw: 'abc', at: '28:25-28:28', nameAt: '28:2-28:21', spelledAs: 'cluster_template_id' } },
        labels: [],
        labelsKnown: false,
      },
    ]);
  });

  test('string escapes are decoded; a template with only literal text is a literal; a heredoc or a directive is computed', () => {
    const text = 'resource "openstack_containerinfra_clustertemplate_v1" "t" {\n  name = "a\\"b\\u00e9"\n  coe = "$${x}"\n  image = <<EOT\nfedora\nEOT\n  server_type = "%{ if true }vm%{ endif }"\n}\n';
    const [spec] = specsOf({ path: 't.tf', text }).specs;
    assert.deepEqual([...spec.fields].map(([k, v]) => [k, v.value, v.raw]), [
      ['name', 'a"bé', 'a\\"b\\u00e9'],
      ['coe', '${x}', '$${x}'],
      ['image_id', undefined, '<<EOT\nfedora\nEOT'],
      ['server_type', undefined, '%{ if true }vm%{ endif }'],
    ]);
  });

  test('unrelated resources, data sources and providers give no spec; a provider password is a secret', () => {
    const { kind, specs, text } = fixture('unrelated.tf');
    assert.equal(kind, 'terraform');
    assert.deepEqual(specs, []);
    assert.deepEqual(secretsOf('terraform', text), ['s3cr3t-pass']);
  });

  test('a half-typed file keeps the resources that parse', () => {
    const text = 'resource "openstack_containerinfra_clustertemplate_v1" "t" {\n  coe = "swarm"\n  image = \n}\nresource "openstack_containerinfra_cluster_v1" "c" {\n  node_count = 2\n';
    const { specs } = specsOf({ path: 't.tf', text });
    assert.deepEqual(specs.map((s) => [s.source, [...s.fields.keys()]]), [
      ['openstack_containerinfra_clustertemplate_v1.t', ['coe']],
      ['openstack_containerinfra_cluster_v1.c', ['node_count']],
    ]);
  });
});

describe('terraform: edits in HCL', () => {
  const swarm = fixture('swarm.tf');
  const labels = fixture('labels.tf');
  const [template] = swarm.specs;
  const [capi, prod, computed] = labels.specs;
  const lines = (text: string, from: number, to: number) => text.split('\n').slice(from, to);

  test('addField: a line before the closing brace, in the block\'s indentation, = aligned as terraform fmt does, values as HCL literals', () => {
    assert.deepEqual(lines(edited(swarm.text, template.edits.addField('docker_volume_size', 3)), 5, 9), [
      '  docker_storage_driver = "devicemapper"',
      '  external_network_id   = var.external_network',
      '  docker_volume_size    = 3',
      '}',
    ]);
    assert.deepEqual(lines(edited(swarm.text, template.edits.addField('image_id', 'fedora "coreos" ${x}')), 7, 8), ['  image                 = "fedora \\"coreos\\" $${x}"']);
    assert.deepEqual(lines(edited(labels.text, prod.edits.addField('keypair_id', 'k')), 25, 27), ['  keypair             = "k"', '}'], 'the cluster resource says keypair');
  });

  test('replaceValue: inside the quotes of a string, a bare literal replaced by an HCL literal', () => {
    assert.equal(lines(edited(swarm.text, template.edits.replaceValue(template.fields.get('coe')!, 'swarm-mode')), 3, 4)[0], '  coe                   = "swarm-mode"');
    const [, overlay] = swarm.specs;
    assert.equal(lines(edited(swarm.text, overlay.edits.replaceValue(overlay.fields.get('docker_volume_size')!, 20)), 14, 15)[0], '  docker_volume_size    = 20');
    assert.equal(lines(edited(swarm.text, overlay.edits.replaceValue(overlay.fields.get('tls_disabled')!, 'x')), 17, 18)[0], '  tls_disabled          = "x"');
  });

  test('addLabel: a line in a multi-line map, ", k = v" in a one-line map, a new labels map when there is none; nothing for computed labels', () => {
    assert.deepEqual(lines(edited(labels.text, capi.edits.addLabel('kube-dashboard/enabled', 'false')), 12, 16), [
      '    auto_scalling_enabled = "true"',
      '    os_distro            = "ubuntu"',
      '    "kube-dashboard/enabled" = "false"',
      '  }',
    ]);
    assert.equal(lines(edited(labels.text, prod.edits.addLabel('kube_tag', 'v1.28.9')), 24, 25)[0], '  labels              = { auto_healing_enabled = "true", kube_tag = "v1.28.9" }');
    assert.deepEqual(lines(edited(swarm.text, template.edits.addLabel('kube_tag', 'v1.28.9')), 6, 11), [
      '  external_network_id   = var.external_network',
      '  labels                = {',
      '    kube_tag = "v1.28.9"',
      '  }',
      '}',
    ]);
    assert.equal(computed.edits.addLabel('a', 'b'), undefined);
    const empty = specsOf({ path: 'e.tf', text: 'resource "openstack_containerinfra_cluster_v1" "c" {\n  labels = {}\n}\n' });
    assert.equal(edited(empty.index.text, empty.specs[0].edits.addLabel('a', 'b')), 'resource "openstack_containerinfra_cluster_v1" "c" {\n  labels = { a = "b" }\n}\n');
  });

  test('renameLabel: the key only, quoted when it must be, its value kept', () => {
    const [, boot, scaling] = capi.labels;
    assert.equal(lines(edited(labels.text, capi.edits.renameLabel(scaling, 'auto_scaling_enabled')), 12, 13)[0], '    auto_scaling_enabled = "true"');
    assert.equal(lines(edited(labels.text, capi.edits.renameLabel(boot, 'boot_volume_type')), 11, 12)[0], '    "boot_volume_type"   = 20');
    assert.equal(lines(edited(labels.text, capi.edits.renameLabel(scaling, 'a b')), 12, 13)[0], '    "a b" = "true"');
  });

  test('a one-line resource cannot take a new line: no edit is offered', () => {
    const { specs } = specsOf({ path: 'o.tf', text: 'resource "openstack_containerinfra_clustertemplate_v1" "t" { coe = "swarm" }\n' });
    assert.equal(specs[0].edits.addField('docker_volume_size', 3), undefined);
  });
});
