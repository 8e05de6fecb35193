/** Ansible: which YAML is a playbook with Magnum tasks, the specs those tasks give, and edits in YAML. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, secretsOf } from '../../server/src/engine';
import { readFixture } from '../support/fixtures';
import { edited, specData, specFixture, specsOf } from '../support/specs';

const fixture = (name: string) => specFixture(`ansible/${name}`);
const kindOf = (text: string, path = 'site.yml', languageId?: string) => analyze({ path, text, languageId }).kind;

describe('ansible: detection', () => {
  test('a list of plays or tasks calling a Magnum module is Ansible, under the yaml or ansible language id or none', () => {
    const task = '- openstack.cloud.coe_cluster:\n    name: c\n';
    assert.equal(kindOf(task), 'ansible');
    assert.equal(kindOf(task, '/r/tasks/main.yaml', 'yaml'), 'ansible');
    assert.equal(kindOf(task, '/r/tasks/main.yaml', 'ansible'), 'ansible');
    assert.equal(kindOf('- hosts: all\n  handlers:\n    - coe_cluster_template: {coe: swarm}\n'), 'ansible');
    assert.equal(kindOf('- hosts: all\n  pre_tasks:\n    - block: []\n      always:\n        - coe_cluster_template: {coe: swarm}\n'), 'ansible');
    assert.equal(kindOf(task, 'main.tf'), 'terraform');
  });

  test('YAML without such a task is not Ansible: variables naming the module, other tasks, a Heat template or environment, .magnum-heat.yaml', () => {
    assert.equal(fixture('not-a-playbook.yml').kind, undefined);
    assert.equal(kindOf('- debug:\n    msg: coe_cluster_template\n'), undefined);
    assert.equal(kindOf('- name: x\n  vars:\n    coe_cluster: {}\n  openstack.cloud.server: {}\n'), undefined);
    assert.equal(kindOf('heat_template_version: 2018-08-31\nresources: {}\n# - coe_cluster_template:\n'), 'heat-template');
    assert.equal(kindOf('parameter_defaults:\n  coe_cluster: x\n'), 'heat-environment');
    assert.equal(kindOf('- coe_cluster_template: {}\n', '/p/.magnum-heat.yaml'), 'project-config');
    assert.equal(kindOf('- coe_cluster_template: {}\n', '/p/t.yaml', 'json'), undefined);
  });

  test('the explanation names the modules', () => {
    const analysis = analyze({ path: 'site.yml', text: readFixture('cluster-templates/ansible/role-tasks.yml') });
    assert.equal(analysis.kind === undefined ? '' : analysis.language.explain(analysis.doc, analysis.file).short, 'yes, as Ansible: its tasks call os_coe_cluster_template, coe_cluster, openstack.cloud.coe_cluster_template');
  });
});

describe('ansible: specs', () => {
  test('playbook tasks: module parameters as Magnum fields (is_floating_ip_enabled -> floating_ip_enabled), YAML types kept, Jinja computed; other tasks ignored', () => {
    const { specs, index } = fixture('playbook.yml');
    assert.deepEqual(specs.map((s) => specData(s, index)), [
      {
        kind: 'cluster-template',
        source: 'openstack.cloud.coe_cluster_template',
        anchor: '6:6-6:42',
        fields: {
          name: { value: 'swarm', raw: 'swarm', at: '8:14-8:19', nameAt: '8:8-8:12', spelledAs: 'name' },
          coe: { value: 'swarm', raw: 'swarm', at: '9:13-9:18', nameAt: '9:8-9:11', spelledAs: 'coe' },
          image_id: { value: 'fedora-atomic-27', raw: 'fedora-atomic-27', at: '10:18-10:34', nameAt: '10:8-10:16', spelledAs: 'image_id' },
          docker_storage_driver: { value: 'devicemapper', raw: 'devicemapper', at: '11:31-11:43', nameAt: '11:8-11:29', spelledAs: 'docker_storage_driver' },
          floating_ip_enabled: { value: true, raw: 'true', at: '12:32-12:36', nameAt: '12:8-12:30', spelledAs: 'is_floating_ip_enabled' },
        },
        labels: [],
        labelsKnown: true,
      },
      {
        kind: 'cluster-template',
        source: 'openstack.cloud.coe_cluster_template',
        anchor: '15:6-15:42',
        fields: {
          name: { value: 'k8s-overlay', raw: 'k8s-overlay', at: '16:14-16:25', nameAt: '16:8-16:12', spelledAs: 'name' },
          coe: { value: 'kubernetes', raw: 'kubernetes', at: '17:13-17:23', nameAt: '17:8-17:11', spelledAs: 'coe' },
          image_id: { value: 'fedora-atomic-27', raw: 'fedora-atomic-27', at: '18:19-18:35', nameAt: '18:8-18:16', spelledAs: 'image_id' },
          docker_storage_driver: { value: 'overlay', raw: 'overlay', at: '19:32-19:39', nameAt: '19:8-19:29', spelledAs: 'docker_storage_driver' },
          docker_volume_size: { value: 10, raw: '10', at: '20:28-20:30', nameAt: '20:8-20:26', spelledAs: 'docker_volume_size' },
        },
        labels: [
          { name: 'kube_tag', value: undefined, raw: '{{ kube_tag }}', at: '22:21-22:35', nameAt: '22:10-22:18', spelledAs: 'kube_tag' },
          { name: 'auto_scalling_enabled', value: 'true', raw: 'true', at: '23:34-23:38', nameAt: '23:10-23:31', spelledAs: 'auto_scalling_enabled' },
        ],
        labelsKnown: true,
      },
    ]);
  });

  test('role task files: tasks in blocks and rescue, labels as an "a=b,c=d" string with each label\'s place, looped Jinja computed, state: absent skipped', () => {
    const { specs, index } = fixture('role-tasks.yml');
    assert.deepEqual(specs.map((s) => specData(s, index)), [
      {
        kind: 'cluster-template',
        source: 'os_coe_cluster_template',
        anchor: '4:6-4:29',
        fields: {
          name: { value: undefined, raw: '{{ item.name }}', at: '5:15-5:30', nameAt: '5:8-5:12', spelledAs: 'name' },
          coe: { value: undefined, raw: '{{ item.coe }}', at: '6:14-6:28', nameAt: '6:8-6:11', spelledAs: 'coe' },
        },
        labels: [],
        labelsKnown: false,
      },
      {
        kind: 'cluster',
        source: 'coe_cluster',
        anchor: '10:6-10:17',
        fields: {
          name: { value: 'prod', raw: 'prod', at: '11:14-11:18', nameAt: '11:8-11:12', spelledAs: 'name' },
          cluster_template_id: { value: 'k8s', raw: 'k8s', at: '12:29-12:32', nameAt: '12:8-12:27', spelledAs: 'cluster_template_id' },
          keypair_id: { value: 'ops', raw: 'ops', at: '13:17-13:20', nameAt: '13:8-13:15', spelledAs: 'keypair' },
          node_count: { value: 3, raw: '3', at: '14:20-14:21', nameAt: '14:8-14:18', spelledAs: 'node_count' },
        },
        labels: [
          { name: 'kube_tag', value: 'v1.28.9', raw: 'v1.28.9', at: '15:26-15:33', nameAt: '15:17-15:25', spelledAs: 'kube_tag' },
          { name: 'monitoring_enabled', value: 'true', raw: 'true', at: '15:53-15:57', nameAt: '15:34-15:52', spelledAs: 'monitoring_enabled' },
        ],
        labelsKnown: true,
      },
    ]);
  });

  test('parameters under args:, flow mappings, a null value unset, an auth password masked', () => {
    const text = '- coe_cluster_template:\n  args: {coe: kubernetes, labels: {a: "1"}, docker_volume_size: ~}\n- coe_cluster: {name: c, auth: {password: hunter2}}\n';
    const { specs } = specsOf({ path: 's.yml', text });
    assert.deepEqual(specs.map((s) => [s.kind, [...s.fields].map(([k, v]) => [k, v.value]), s.labels.map((l) => [l.name, l.value])]), [
      ['cluster-template', [['coe', 'kubernetes']], [['a', '1']]],
      ['cluster', [['name', 'c']], []],
    ]);
    assert.deepEqual(secretsOf('ansible', text), ['hunter2']);
  });
});

describe('ansible: edits in YAML', () => {
  const play = fixture('playbook.yml');
  const role = fixture('role-tasks.yml');
  const [swarm, overlay] = play.specs;
  const [, cluster] = role.specs;
  const lines = (text: string, from: number, to: number) => text.split('\n').slice(from, to);

  test('addField: an entry after the last parameter, in its indentation; the cluster module says keypair', () => {
    assert.deepEqual(lines(edited(play.text, swarm.edits.addField('docker_volume_size', 3)), 12, 15), ['        is_floating_ip_enabled: true', '        docker_volume_size: 3', '']);
    assert.deepEqual(lines(edited(role.text, cluster.edits.addField('keypair_id', 'k')), 15, 17), ['        labels: "kube_tag=v1.28.9,monitoring_enabled=true"', '        keypair: k']);
  });

  test('replaceValue: inside quotes in their style, a plain scalar quoted when YAML would read it as another type', () => {
    assert.equal(lines(edited(play.text, swarm.edits.replaceValue(swarm.fields.get('coe')!, 'swarm-mode')), 9, 10)[0], '        coe: swarm-mode');
    assert.equal(lines(edited(play.text, overlay.edits.replaceValue(overlay.fields.get('docker_storage_driver')!, "it's")), 19, 20)[0], "        docker_storage_driver: 'it''s'");
    assert.equal(lines(edited(play.text, overlay.edits.replaceValue(overlay.labels[1], 'false')), 23, 24)[0], '          auto_scalling_enabled: "false"');
    assert.equal(lines(edited(play.text, swarm.edits.replaceValue(swarm.fields.get('coe')!, 'yes')), 9, 10)[0], '        coe: "yes"');
  });

  test('addLabel: to the labels mapping, to the "a=b" string, a new labels mapping when there is none', () => {
    assert.deepEqual(lines(edited(play.text, overlay.edits.addLabel('kube_tag', 'v1.28.9')), 23, 25), ['          auto_scalling_enabled: "true"', '          kube_tag: v1.28.9']);
    assert.equal(lines(edited(role.text, cluster.edits.addLabel('auto_healing_enabled', 'true')), 15, 16)[0], '        labels: "kube_tag=v1.28.9,monitoring_enabled=true,auto_healing_enabled=true"');
    assert.deepEqual(lines(edited(play.text, swarm.edits.addLabel('kube_tag', 'v1.28.9')), 12, 15), ['        is_floating_ip_enabled: true', '        labels:', '          kube_tag: v1.28.9']);
  });

  test('renameLabel: the key in the mapping or in the string; a value that would break the string is not written', () => {
    assert.equal(lines(edited(play.text, overlay.edits.renameLabel(overlay.labels[1], 'auto_scaling_enabled')), 23, 24)[0], '          auto_scaling_enabled: "true"');
    assert.equal(lines(edited(role.text, cluster.edits.renameLabel(cluster.labels[1], 'monitoring')), 15, 16)[0], '        labels: "kube_tag=v1.28.9,monitoring=true"');
    assert.equal(cluster.edits.replaceValue(cluster.labels[0], 'a,b'), undefined);
  });
});
