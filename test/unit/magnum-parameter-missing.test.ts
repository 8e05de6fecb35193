import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf, readFixture } from '../support/fixtures';

const RULE = 'magnum-parameter-missing';
const BAD = 'heat/magnum-params/drivers/k8s_coreos_v1/templates/kubecluster.yaml';
const GOOD = 'heat/magnum-params-good/drivers/k8s_coreos_v1/templates/kubecluster.yaml';
const missingName = (message: string) => /passes '([^']+)'/.exec(message)?.[1];

describe(RULE, () => {
  test('stein k8s_coreos_v1: the always-passed octavia_ingress_controller_tag is an error, a label-only name a warning', () => {
    const { text, diagnostics } = lintFixture(BAD, { release: 'stein' });
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => [missingName(d.message), d.severity]), [['calico_tag', 'warning'], ['octavia_ingress_controller_tag', 'error']]);
    for (const d of found) assert.deepEqual(d.range, rangeOf(text, 'parameters'));
    assert.equal(found[0].message, "Magnum's k8s_coreos_v1 driver passes 'calico_tag' to kubecluster.yaml when label 'calico_tag' is set, "
      + 'but the template does not declare it: Heat rejects the stack of such clusters.');
    assert.match(found[1].message, /passes 'octavia_ingress_controller_tag' to kubecluster\.yaml on every cluster create, .*every such cluster\.$/);
  });

  test('the fix declares the parameter with the type and default upstream uses in that release', () => {
    const { text, diagnostics } = lintFixture(BAD, { release: 'stein' });
    const octavia = only(diagnostics, RULE)[1];
    assert.equal(octavia.fixes[0].title, `Declare parameter 'octavia_ingress_controller_tag' (type: string, default: "1.13.2-alpha")`);
    const fixed = applyFix(text, octavia);
    assert.equal(fixed, text.replace('\nresources:\n', '  octavia_ingress_controller_tag:\n    type: string\n    default: "1.13.2-alpha"\n\nresources:\n'));
    assert.deepEqual(only(lintText(BAD, fixed, { release: 'stein' }), RULE).map((d) => missingName(d.message)), ['calico_tag']);
  });

  test('a template declaring everything Magnum passes in stein gets nothing', () => {
    assert.deepEqual(only(lintFixture(GOOD, { release: 'stein' }).diagnostics, RULE), []);
  });

  test('the release in force decides: train adds fixed_network_name (always) and the kube_tag label names', () => {
    const found = only(lintFixture(GOOD, { release: 'train' }).diagnostics, RULE);
    const byName = new Map(found.map((d) => [missingName(d.message), d]));
    assert.equal(byName.get('fixed_network_name')?.severity, 'error');
    assert.equal(byName.get('master_kube_tag')?.severity, 'warning');
    assert.match(byName.get('master_kube_tag')!.message, /when label 'kube_tag' is set/);
    assert.match(byName.get('master_image')!.message, /when the node group sets it/);
    assert.equal(byName.has('octavia_ingress_controller_tag'), false);
  });

  test('a release without the driver uses the nearest one that has it, and says so', () => {
    const found = only(lintFixture(GOOD, { release: '2026.1' }).diagnostics, RULE);
    assert.ok(found.length > 0);
    for (const d of found) assert.ok(d.message.endsWith('(Facts of 2023.2: k8s_coreos_v1 is not in 2026.1.)'), d.message);
  });

  test('the driver setting applies outside a drivers/ tree; without a driver, or in a nested template, nothing is checked', () => {
    const text = readFixture(BAD);
    assert.equal(only(lintText('/tmp/kubecluster.yaml', text, { release: 'stein', driver: 'k8s_coreos_v1' }), RULE).length, 2);
    assert.deepEqual(only(lintText('/tmp/kubecluster.yaml', text, { release: 'stein' }), RULE), []);
    assert.deepEqual(only(lintText('/x/drivers/k8s_coreos_v1/templates/kubemaster.yaml', text, { release: 'stein' }), RULE), []);
  });

  test('without a parameters section the findings sit on heat_template_version and the fix creates the section', () => {
    const text = 'heat_template_version: 2014-10-16\nresources: {}\n';
    const found = only(lintText('/x/drivers/swarm_fedora_atomic_v2/templates/swarmcluster.yaml', text, { release: 'stein' }), RULE);
    assert.ok(found.length > 20);
    assert.deepEqual(found[0].range, rangeOf(text, 'heat_template_version'));
    const fixed = applyFix(text, found[0]);
    assert.match(fixed, /^heat_template_version: 2014-10-16\nparameters:\n {2}\w+:\n {4}type: \w+\n {4}default: .*\n\nresources: \{\}\n$/);
  });
});
