import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { lint } from '../../server/src/engine';
import { DiskHost } from '../../server/src/host/disk-host';
import { applyFix, fixturePath, only, rangeOf } from '../support/fixtures';
import { MemoryHost } from '../support/memory-host';

const RULE = 'nested-parameter-mismatch';
const TEMPLATES = 'heat/nested/drivers/demo_driver/templates';

function lintNested(relative: string, text?: string) {
  const path = fixturePath(relative);
  const source = text ?? readFileSync(path, 'utf8');
  return { path, text: source, found: only(lint({ path, text: source, host: new DiskHost() }).diagnostics, RULE) };
}

describe(RULE, () => {
  test('reports undeclared properties and missing required parameters of file types, group members and environment mappings', () => {
    const { text, found } = lintNested(`${TEMPLATES}/cluster-bad.yaml`);
    assert.deepEqual(found.map((d) => [d.severity, d.range]), [
      ['error', rangeOf(text, 'properties', 0)],
      ['error', rangeOf(text, 'port_number')],
      ['error', rangeOf(text, 'properties', 2)],
      ['error', rangeOf(text, 'properties', 3)],
      ['warning', rangeOf(text, 'extras/missing.yaml')],
    ]);
    assert.equal(found[0].message, "'../../common/templates/lb.yaml' requires parameter 'allowed_cidrs' (it has no default), "
      + "but 'api_lb' in cluster-bad.yaml does not pass it; Heat rejects the nested stack.");
    assert.equal(found[1].message, "'api_lb' passes property 'port_number', which '../../common/templates/lb.yaml' does not declare as a parameter; Heat rejects the nested stack.");
    assert.match(found[2].message, /^'node\.yaml' requires parameter 'name' .* but 'nodes' in cluster-bad\.yaml/);
    assert.match(found[3].message, /^gateway_pool\.yaml \(Magnum::ApiGatewaySwitcher in with_gateway_pool\.yaml\) requires parameter 'pool_id'/);
    assert.match(found[4].message, /^Nested template 'extras\/missing\.yaml' cannot be read \(resolved to .*templates\/extras\/missing\.yaml\)/);
  });

  test('a missing parameter the parent declares is passed with get_param (preferred); others get a typed empty value', () => {
    const { path, text, found } = lintNested(`${TEMPLATES}/cluster-bad.yaml`);
    const passed = applyFix(text, found[0]);
    assert.equal(passed, text.replace('      port_number: 6443\n', '      port_number: 6443\n      allowed_cidrs: {get_param: allowed_cidrs}\n'));
    assert.equal(found[2].fixes[0].isPreferred, undefined);
    const named = applyFix(text, found[2], /^Pass 'name'/);
    assert.equal(named, text.replace('          fixed_subnet: {get_param: fixed_subnet}\n\n  gateway', '          fixed_subnet: {get_param: fixed_subnet}\n          name: ""\n\n  gateway'));
    const after = only(lint({ path, text: named, host: new DiskHost() }).diagnostics, RULE);
    assert.equal(after.some((d) => d.message.includes("parameter 'name'")), false);
  });

  test('removing an undeclared property', () => {
    const { text, found } = lintNested(`${TEMPLATES}/cluster-bad.yaml`);
    assert.equal(applyFix(text, found[1], /^Remove property/), text.replace('      port_number: 6443\n', ''));
  });

  test('a tree where every nested template gets what it declares reports nothing', () => {
    assert.deepEqual(lintNested(`${TEMPLATES}/cluster-good.yaml`).found, []);
  });

  test('an open editor buffer wins over the disk (the host decides what a file holds)', () => {
    const parent = 'heat_template_version: 2018-08-31\nresources:\n  child:\n    type: child.yaml\n    properties:\n      size: 1\n';
    const child = (params: string) => `heat_template_version: 2018-08-31\nparameters:\n${params}`;
    const run = (files: Record<string, string>) => only(lint({ path: '/w/parent.yaml', text: parent, host: new MemoryHost(files) }).diagnostics, RULE);
    assert.deepEqual(run({ '/w/child.yaml': child('  size:\n    type: number\n') }), []);
    const found = run({ '/w/child.yaml': child('  count:\n    type: number\n') });
    assert.deepEqual(found.map((d) => d.range), [rangeOf(parent, 'properties'), rangeOf(parent, 'size')]);
  });

  test('a null default counts as no default; remote URLs are never fetched; without a host nothing is checked', () => {
    const parent = 'heat_template_version: 2018-08-31\nresources:\n  a:\n    type: a.yaml\n  b:\n    type: https://example.com/b.yaml\n';
    const host = new MemoryHost({ '/w/a.yaml': 'heat_template_version: 2018-08-31\nparameters:\n  x:\n    type: string\n    default: null\n' });
    const found = only(lint({ path: '/w/p.yaml', text: parent, host }).diagnostics, RULE);
    assert.deepEqual(found.map((d) => d.message.match(/parameter '(\w+)'/)?.[1]), ['x']);
    assert.deepEqual(host.reads.filter((p) => p.includes('example.com')), []);
    assert.deepEqual(only(lint({ path: '/w/p.yaml', text: parent }).diagnostics, RULE), []);
  });

  test('file: URIs resolve like paths (the language server lints URIs)', () => {
    const parent = 'heat_template_version: 2018-08-31\nresources:\n  n:\n    type: ../common/my%20lb.yaml\n';
    const host = new MemoryHost({ 'file:///w/common/my%2520lb.yaml': 'heat_template_version: 2018-08-31\nparameters:\n  p:\n    type: string\n' });
    const found = only(lint({ path: 'file:///w/drivers/x.yaml', text: parent, host }).diagnostics, RULE);
    // issue 13: no environment applies here, so one may still supply the parameter
    assert.deepEqual(found.map((d) => d.severity), ['warning']);
    assert.ok(host.reads.includes('file:///w/common/my%2520lb.yaml'));
  });
});
