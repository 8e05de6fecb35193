import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lint } from '../../server/src/engine';
import type { LintHost } from '../../server/src/engine/core/host';
import { MemoryHost } from '../support/memory-host';

const T = '/repo/drivers/demo_driver/templates';
const PARENT = `${T}/cluster.yaml`;
const parent = [
  'heat_template_version: 2018-08-31',
  'resources:',
  '  node:',
  '    type: node.yaml',
  '    properties:',
  '      size: 1',
  '      volume_type: ""',
  '  mapped:',
  '    type: Demo::Node',
  '    properties:',
  '      size: 2',
  '      extra: 1',
  '',
].join('\n');
const node = (volumeType: 'parameter' | 'literal') => [
  'heat_template_version: 2018-08-31',
  'parameters:',
  '  size: {type: number}',
  '  volume_type: {type: string, default: ssd}',
  'resources:',
  '  vol:',
  '    type: OS::Cinder::Volume',
  '    properties:',
  '      size: {get_param: size}',
  `      volume_type: ${volumeType === 'parameter' ? '{get_param: volume_type}' : 'ssd'}`,
  '',
].join('\n');
const ENVIRONMENT = 'resource_registry:\n  Demo::Node: ../node.yaml\n';

function tree(nodeText: string): Record<string, string> {
  return { [PARENT]: parent, [`${T}/node.yaml`]: nodeText, [`${T}/environments/env.yaml`]: ENVIRONMENT };
}

const rules = (host: LintHost) => lint({ path: PARENT, text: parent, host }).diagnostics.map((d) => `${d.rule}: ${d.message}`);

describe('nested templates read for a check', () => {
  test('each file is read, and each folder listed, once per check, however many rules and uses ask', () => {
    const host = new MemoryHost(tree(node('parameter')));
    const listed: string[] = [];
    const counting: LintHost = { readFile: (p) => host.readFile(p), listDirectory: (p) => { listed.push(p); return host.listDirectory(p); } };
    lint({ path: PARENT, text: parent, host: counting });
    assert.deepEqual([...new Set(host.reads)].sort(), host.reads.slice().sort(), `a file was read twice: ${host.reads.join(', ')}`);
    assert.ok(host.reads.includes(`${T}/node.yaml`) && host.reads.includes(`${T}/environments/env.yaml`));
    assert.deepEqual([...new Set(listed)].sort(), listed.slice().sort(), `a folder was listed twice: ${listed.join(', ')}`);
    lint({ path: PARENT, text: parent, host: counting });
    assert.equal(host.reads.filter((p) => p === `${T}/node.yaml`).length, 2, 'the next check reads again');
  });

  test('a nested template changed between checks is seen at once (summaries are kept by content)', () => {
    const before = rules(new MemoryHost(tree(node('parameter'))));
    assert.deepEqual(before.filter((r) => r.startsWith('empty-volume-type')), [
      "empty-volume-type: 'volume_type' becomes the volume_type of 'vol' in node.yaml, and it is empty here: Cinder finds no volume type '' and the stack fails.",
    ]);
    const after = rules(new MemoryHost(tree(node('literal'))));
    assert.deepEqual(after.filter((r) => r.startsWith('empty-volume-type')), []);
    assert.deepEqual(rules(new MemoryHost(tree(node('parameter')))), before, 'and back again');
  });

  test('an environment mapping changed between checks is seen at once', () => {
    const mapped = rules(new MemoryHost(tree(node('parameter'))));
    assert.ok(mapped.includes("nested-parameter-mismatch: 'mapped' passes property 'extra', which node.yaml (Demo::Node in env.yaml) does not declare as a parameter; Heat rejects the nested stack."), mapped.join('\n'));
    const files = { ...tree(node('parameter')), [`${T}/environments/env.yaml`]: 'resource_registry:\n  Demo::Node: ../other.yaml\n' };
    assert.ok(!rules(new MemoryHost(files)).some((r) => r.includes('Demo::Node in env.yaml')));
  });
});
