import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { hoverAt } from '../../server/src/engine';
import { fixturePath, rangeOf, readFixture } from '../support/fixtures';
import { LineIndex } from '../../server/src/engine/core/text';

const FIXTURE = 'heat/magnum-params-good/drivers/k8s_coreos_v1/templates/kubecluster.yaml';
const FOOTER = '\n\n---\n*magnum-heat · OpenStack stein*';

describe('hover: which Magnum field or label feeds a top-level template parameter', () => {
  const text = readFixture(FIXTURE);
  const path = fixturePath(FIXTURE);
  const analysis = analyze({ path, text });
  const index = new LineIndex(text);
  const hover = (needle: string, settings = { release: 'stein' }, at = path) => hoverAt(at === path ? analysis : analyze({ path: at, text }), index.offsetAt(rangeOf(text, needle).start) + 1, settings);

  test('a label, a cluster template field, a cluster field, and what the driver computes itself', () => {
    assert.equal(hover('calico_tag')?.markdown, `*Magnum · k8s_coreos_v1 · stein*: fed by label \`calico_tag\`; passed only when set.${FOOTER}`);
    assert.equal(hover('docker_storage_driver')?.markdown, `*Magnum · k8s_coreos_v1 · stein*: fed by the cluster template field \`docker_storage_driver\`; passed only when set.${FOOTER}`);
    assert.equal(hover('ssh_key_name')?.markdown, `*Magnum · k8s_coreos_v1 · stein*: fed by the cluster field \`keypair\`; passed only when set.${FOOTER}`);
    assert.equal(hover('auth_url')?.markdown, `*Magnum · k8s_coreos_v1 · stein*: computed by the driver itself; passed on every cluster create.${FOOTER}`);
    assert.deepEqual(hover('auth_url')?.span, { start: text.indexOf('auth_url'), end: text.indexOf('auth_url') + 'auth_url'.length });
  });

  test('labels Magnum always sends (null when unset) and parameters it never passes', () => {
    assert.equal(hover('octavia_ingress_controller_tag')?.markdown, `*Magnum · k8s_coreos_v1 · stein*: fed by label \`octavia_ingress_controller_tag\`; passed on every cluster create.${FOOTER}`);
    const own = 'heat_template_version: 2014-10-16\nparameters:\n  my_extra:\n    type: string\n    default: x\n';
    const result = hoverAt(analyze({ path, text: own }), own.indexOf('my_extra') + 1, { release: 'stein' });
    assert.equal(result?.markdown, `*Magnum · k8s_coreos_v1 · stein*: not passed by Magnum, so the template's default applies.${FOOTER}`);
  });

  test('only for the top-level template of a known driver, from the path or the settings', () => {
    assert.equal(hover('calico_tag', { release: 'stein' }, '/tmp/kubecluster.yaml'), undefined);
    assert.match(hover('calico_tag', { release: 'stein', driver: 'k8s_coreos_v1' } as never, '/tmp/kubecluster.yaml')?.markdown ?? '', /fed by label `calico_tag`/);
    assert.equal(hover('calico_tag', { release: 'stein' }, '/x/drivers/k8s_coreos_v1/templates/kubemaster.yaml'), undefined);
  });
});
