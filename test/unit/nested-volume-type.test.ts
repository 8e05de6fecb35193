import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { lint } from '../../server/src/engine';
import { DiskHost } from '../../server/src/host/disk-host';
import { applyFix, fixturePath, only, rangeOf } from '../support/fixtures';

const RULE = 'empty-volume-type';
const PARENT = fixturePath('heat/nested/drivers/demo_driver/templates/volumes.yaml');
const WORKER = fixturePath('heat/nested/drivers/demo_driver/templates/worker.yaml');

describe(`${RULE} across groups and nested templates`, () => {
  const text = readFileSync(PARENT, 'utf8');
  const found = only(lint({ path: PARENT, text, host: new DiskHost() }).diagnostics, RULE);

  test('a group member volume, and empty values a nested template turns into volume types, are reported where they are written', () => {
    assert.deepEqual(found.map((d) => d.range), [
      rangeOf(text, '{get_param: etcd_volume_type}'),
      rangeOf(text, "''"),
      rangeOf(text, '{get_param: docker_volume_type}'),
    ]);
    assert.match(found[0].message, /^volume_type comes from parameter 'etcd_volume_type', whose default is empty/);
    assert.equal(found[1].message, "'boot_volume_type' becomes the volume_type of 'boot_volume' in worker.yaml, and it is empty here: Cinder finds no volume type '' and the stack fails.");
    assert.equal(found[2].message, "'docker_volume_type' becomes the volume_type of 'docker_volume' in worker.yaml, and it is empty here (parameter 'docker_volume_type' defaults to empty): Cinder finds no volume type '' and the stack fails.");
  });

  test('the group member gets the same fixes as a plain volume', () => {
    const fixed = applyFix(text, found[0]);
    assert.equal(fixed, text.replace('          volume_type: {get_param: etcd_volume_type}\n', ''));
    const guarded = applyFix(text, found[0], /^Pass volume_type only/);
    assert.match(guarded, /volume_type: \{if: \[etcd_volume_type_set, \{get_param: etcd_volume_type\}, null\]\}/);
  });

  test('the nested template alone is fine: its parameters have no default, a value is always passed', () => {
    assert.deepEqual(only(lint({ path: WORKER, text: readFileSync(WORKER, 'utf8'), host: new DiskHost() }).diagnostics, RULE), []);
  });

  test('a non-empty value passed down is fine; without a host only the local volumes are checked', () => {
    const set = text.replace("boot_volume_type: ''", 'boot_volume_type: ssd').replace('    default: ""\n\nresources', '    default: fast\n\nresources');
    assert.deepEqual(only(lint({ path: PARENT, text: set, host: new DiskHost() }).diagnostics, RULE).map((d) => d.range), [rangeOf(set, '{get_param: etcd_volume_type}')]);
    assert.equal(only(lint({ path: PARENT, text }).diagnostics, RULE).length, 1);
  });
});
