import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseConf } from '../../server/src/engine/languages/conf/tokenizer';
import { RELEASES } from '../../server/src/engine/knowledge/releases';
import { dockerVolumeTypeEmpty } from '../../server/src/engine/languages/conf/rules/docker-volume-type-empty';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const RULE = 'docker-volume-type-empty';

describe(RULE, () => {
  test('an empty value is reported on its key in the releases whose drivers pass it through', () => {
    for (const release of ['rocky', 'train', 'zed', '2023.2']) {
      const { text, diagnostics } = lintFixture('conf/docker-volume-type-empty-bad.conf', { release });
      const found = only(diagnostics, RULE);
      assert.deepEqual(found.map((d) => [d.severity, d.range]), [['warning', rangeOf(text, 'default_docker_volume_type')]], release);
      assert.match(found[0].message, /VolumeType \(\) could not be found/);
    }
    assert.match(only(lintFixture('conf/docker-volume-type-empty-bad.conf', { release: 'train' }).diagnostics, RULE)[0].message,
      /^default_docker_volume_type is empty\. In train the drivers k8s_coreos_v1, mesos_ubuntu_v1, swarm_fedora_atomic_v1, swarm_fedora_atomic_v2 hand an empty volume type to Cinder/);
  });

  test('with a driver setting, only that driver counts: the fedora drivers look a type up from train on', () => {
    const found = (release: string, driver: string) => only(lintFixture('conf/docker-volume-type-empty-bad.conf', { release, driver }).diagnostics, RULE);
    assert.deepEqual(found('train', 'k8s_fedora_coreos_v1'), []);
    assert.equal(found('stein', 'k8s_fedora_atomic_v1').length, 1);
    assert.match(found('zed', 'swarm_fedora_atomic_v2')[0].message, /In zed the swarm_fedora_atomic_v2 driver hands an empty volume type/);
  });

  test('from 2024.1 the remaining driver looks a type up itself: nothing is reported', () => {
    const passThrough = RELEASES.filter((release) => only(lintFixture('conf/docker-volume-type-empty-bad.conf', { release }).diagnostics, RULE).length > 0);
    assert.deepEqual(passThrough, RELEASES.slice(0, RELEASES.indexOf('2024.1')));
  });

  test('the preferred fix reuses the volume type the file names for boot volumes', () => {
    const { text, diagnostics } = lintFixture('conf/docker-volume-type-empty-bad.conf', { release: 'train' });
    const [d] = only(diagnostics, RULE);
    assert.deepEqual(d.fixes.map((f) => [f.title, f.isPreferred ?? false]), [
      ['Set default_docker_volume_type = ssd (the type this file uses for other volumes)', true],
      ['Set default_docker_volume_type to a Cinder volume type', false],
    ]);
    const fixed = applyFix(text, d);
    assert.equal(fixed, text.replace('default_docker_volume_type =', 'default_docker_volume_type = ssd'));
    assert.deepEqual(only(lintText('magnum.conf', fixed, { release: 'train' }), RULE), []);
  });

  test('absent from a main config: reported on [cinder], the fix inserts it with a tab stop on the placeholder', () => {
    const { text, diagnostics } = lintFixture('conf/docker-volume-type-empty-absent.conf', { release: 'stein' });
    const [d] = only(diagnostics, RULE);
    assert.deepEqual(d.range, rangeOf(text, '[cinder]'));
    assert.equal(applyFix(text, d, /Cinder volume type/), `${text}default_docker_volume_type = VOLUME_TYPE\n`);
    assert.equal(d.fixes[0].edits[0].snippet, 'default_docker_volume_type = ${1:VOLUME_TYPE}\n', 'the snippet travels with the diagnostic');
    const [finding] = [...dockerVolumeTypeEmpty.check({ doc: parseConf(text), release: 'stein' })];
    assert.equal((finding.fixes![0].edits[0] as { snippet?: string }).snippet, 'default_docker_volume_type = ${1:VOLUME_TYPE}\n');
  });

  test('a value, a later release, or a config fragment without the option are fine', () => {
    assert.deepEqual(only(lintFixture('conf/docker-volume-type-empty-good.conf', { release: 'rocky' }).diagnostics, RULE), []);
    assert.deepEqual(only(lintFixture('conf/docker-volume-type-empty-absent.conf', { release: '2024.1' }).diagnostics, RULE), []);
    assert.deepEqual(only(lintText('magnum.conf', '[cinder]\ndefault_boot_volume_size = 10\n', { release: 'rocky' }), RULE), []);
  });
});
