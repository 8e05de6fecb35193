import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, completeAt, hoverAt } from '../../server/src/engine';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const brief = (ds: Array<{ rule: string; severity: string; range: unknown }>) => ds.map((d) => [d.rule, d.severity, d.range]);

describe('Markdown runbooks', () => {
  const MD = 'cluster-templates/runbook.md';

  test('console blocks (prompts stripped, output skipped) and bash blocks: the seed mistakes at their place', () => {
    const { text, diagnostics } = lintFixture(MD, { release: '2023.1' });
    assert.deepEqual(brief(diagnostics.filter((d) => d.severity !== 'information' || d.rule === 'cluster-template-coe')), [
      ['cluster-template-coe', 'information', rangeOf(text, 'swarm', 1)],
      ['docker-volume-size', 'error', rangeOf(text, 'devicemapper')],
      ['docker-storage-driver', 'warning', rangeOf(text, 'overlay', 1)],
    ]);
    const [coe, size] = diagnostics.filter((d) => d.rule !== 'docker-storage-driver');
    assert.equal(applyFix(text, coe, /swarm-mode/), text.replace('--coe swarm \\', '--coe swarm-mode \\'));
    assert.equal(applyFix(text, size), text.replace('    --docker-storage-driver devicemapper\n', '    --docker-storage-driver devicemapper \\\n    --docker-volume-size 3\n'));
  });

  test('prose and other languages\' blocks stay silent; so does a Markdown file without commands', () => {
    const { diagnostics } = lintFixture(MD, { release: '2023.1' });
    assert.ok(diagnostics.every((d) => d.range.start.line < 19));
    assert.deepEqual(lintText('README.md', '# Title\n\n```sh\nopenstack server list\n```\n'), []);
    assert.equal(analyze({ path: 'x.md', text: '', languageId: 'markdown' }).kind, 'markdown');
  });
});

describe('reStructuredText runbooks', () => {
  const RST = 'cluster-templates/runbook.rst';

  test('code-block directives and :: literal blocks', () => {
    const { text, diagnostics } = lintFixture(RST, { release: '2023.1' });
    assert.deepEqual(brief(diagnostics.filter((d) => d.rule !== 'docker-storage-driver')), [
      ['cluster-template-coe', 'information', rangeOf(text, 'swarm', 1)],
      ['docker-volume-size', 'error', rangeOf(text, 'devicemapper')],
      ['label-value', 'error', rangeOf(text, 'enabled', 1)],
    ]);
    assert.ok(diagnostics.every((d) => d.range.start.line < 15), 'the python block is silent');
  });
});

describe('Heat feeds the same label rules', () => {
  const HEAT = 'cluster-templates/heat-labels.yaml';

  test('labels of OS::Magnum::ClusterTemplate: value, OVN algorithm, documented name (fix renames the key)', () => {
    const { text, diagnostics } = lintFixture(HEAT);
    assert.deepEqual(brief(diagnostics), [
      ['label-value', 'error', rangeOf(text, 'enabled', 1)],
      ['label-combination', 'warning', rangeOf(text, 'octavia_provider')],
      ['unknown-label', 'warning', rangeOf(text, 'audit_log_maxage')],
    ]);
    assert.equal(applyFix(text, diagnostics[0]), text.replace('auto_scaling_enabled: enabled', 'auto_scaling_enabled: "true"'));
    assert.equal(applyFix(text, diagnostics[1]), text.replace('        audit_log_maxage: "7"\n', '        audit_log_maxage: "7"\n        octavia_lb_algorithm: SOURCE_IP_PORT\n'));
    assert.equal(applyFix(text, diagnostics[2]), text.replace('audit_log_maxage', 'audit_log_max_age'));
  });

  test('with the driver set to magnum-cluster-api: the strict parser only, and no OVN warning (it picks SOURCE_IP_PORT itself)', () => {
    const { diagnostics } = lintFixture(HEAT, { driver: 'k8s_cluster_api_ubuntu' });
    assert.deepEqual(diagnostics.map((d) => d.rule), ['label-value', 'unknown-label']);
    assert.equal(only(diagnostics, 'label-value')[0].message, 'auto_scaling_enabled=enabled: magnum-cluster-api v0.38.1 fails the cluster: a strict boolean must be one of 1/t/true/on/y/yes/0/f/false/off/n/no.');
  });
});

describe('hover and completion on labels and flags', () => {
  const text = 'openstack coe cluster template create t --image ubuntu-jammy --coe kubernetes --docker-volume-size 5 --labels kube_tag=v1.30.4,auto_scaling_enabled=true\n';
  const analysis = analyze({ path: 't.sh', text });
  const settings = { driver: 'k8s_cluster_api_ubuntu' };

  test('a label: meaning, parsing, default, driver, since', () => {
    const hover = hoverAt(analysis, text.indexOf('auto_scaling') + 3, settings)!;
    assert.ok(hover.markdown.startsWith('**`auto_scaling_enabled`** (cluster template label)\n\n- **magnum-cluster-api v0.38.1**: deploy cluster-autoscaler and let it size worker MachineDeployments. parsed as boolean, strict'), hover.markdown);
    assert.match(hover.markdown, /default `false`; since v0\.2\.0/);
    assert.match(hover.markdown, /Heat-era label of k8s_fedora_coreos_v1; under Cluster API drivers it magnum-capi-helm: carries over; magnum-cluster-api: carries over\./);
    assert.deepEqual(hover.span, { start: text.indexOf('auto_scaling'), end: text.indexOf('=true') + 5 });
  });

  test('a flag: the API field, type and meaning', () => {
    const hover = hoverAt(analysis, text.indexOf('--docker-volume-size') + 4)!;
    assert.ok(hover.markdown.startsWith('**`--docker-volume-size`** of `openstack coe cluster template create` → API field `docker_volume_size` (integer)'), hover.markdown);
  });

  test('label names after --labels and after a comma; values after =', () => {
    const names = completeAt(analysis, text.indexOf('auto_scaling') + 4, settings);
    assert.ok(names.some((c) => c.label === 'auto_scaling_enabled' && c.insertText === 'auto_scaling_enabled='));
    assert.ok(names.some((c) => c.label === 'kube_tag'));
    assert.deepEqual(names[0].replace, { start: text.indexOf('auto_scaling'), end: text.indexOf('auto_scaling') + 4 });
    const values = completeAt(analysis, text.indexOf('=true') + 1, settings);
    assert.deepEqual(values.map((v) => v.label), ['true', 'false']);
    assert.deepEqual(completeAt(analysis, text.indexOf('--image') + 3, settings), []);
  });
});
