import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { lint } from '../../server/src/engine';
import { DiskHost } from '../../server/src/host/disk-host';
import { applyFix, fixturePath, only, rangeOf } from '../support/fixtures';

const RULE = 'missing-registry-file';

function lintEnvironment(relative: string) {
  const path = fixturePath(relative);
  const text = readFileSync(path, 'utf8');
  const result = lint({ path, text, host: new DiskHost() });
  return { path, text, kind: result.kind, found: only(result.diagnostics, RULE) };
}

describe(RULE, () => {
  test('an environment mapping a type to a file that does not exist is reported on the value', () => {
    const { text, kind, found } = lintEnvironment('heat/nested/env/registry-bad.yaml');
    assert.equal(kind, 'heat-environment');
    assert.deepEqual(found.map((d) => [d.severity, d.range]), [['error', rangeOf(text, '../drivers/common/templates/fragments/gateway_pools.yaml')]]);
    assert.match(found[0].message, /^'Magnum::ApiGatewaySwitcher' is mapped to '\.\.\/drivers\/common\/templates\/fragments\/gateway_pools\.yaml', which does not exist/);
  });

  test('the fix maps it to the file with the close name in the same folder', () => {
    const { path, text, found } = lintEnvironment('heat/nested/env/registry-bad.yaml');
    assert.equal(found[0].fixes[0].title, "Map it to '../drivers/common/templates/fragments/gateway_pool.yaml'");
    const fixed = applyFix(text, found[0]);
    assert.equal(fixed, text.replace('gateway_pools.yaml', 'gateway_pool.yaml'));
    assert.deepEqual(only(lint({ path, text: fixed, host: new DiskHost() }).diagnostics, RULE), []);
  });

  test('existing files and mappings to types are fine', () => {
    assert.deepEqual(lintEnvironment('heat/nested/env/registry-good.yaml').found, []);
  });
});
