import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { completeAt, type CompletionProposal } from '../../server/src/engine';
import type { LintSettings } from '../../server/src/engine/core/types';
import { readFixture } from '../support/fixtures';

/** Proposals at the cursor `¦` in the text. */
function complete(lines: string[], settings: LintSettings = {}): CompletionProposal[] {
  const withCursor = lines.join('\n');
  const offset = withCursor.indexOf('¦');
  assert.ok(offset >= 0, 'no cursor');
  const text = withCursor.slice(0, offset) + withCursor.slice(offset + 1);
  return completeAt(analyze({ path: 't.yaml', text }), offset, settings);
}

const labels = (proposals: CompletionProposal[]) => proposals.map((p) => p.label);
const sorted = (proposals: CompletionProposal[]) => [...proposals].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));

/** A template with a parameter and a port, to complete after. */
const HEAD = readFixture('heat/completion-base.yaml').trimEnd().split('\n');

describe('Heat completion', () => {
  test('heat_template_version values, newest first', () => {
    const proposals = complete(['heat_template_version: ¦', 'resources: {}']);
    assert.deepEqual(labels(sorted(proposals)).slice(0, 3), ['wallaby', '2021-04-16', 'rocky']);
    assert.equal(proposals.length, 17);
    assert.ok(proposals.every((p) => p.kind === 'version'));
  });

  test('resource types of the release, replacing what is typed; hidden types left out', () => {
    const proposals = complete([...HEAD, '  server:', '    type: OS::Nova::Se¦']);
    const server = proposals.find((p) => p.label === 'OS::Nova::Server')!;
    assert.equal(server.kind, 'resourceType');
    assert.match(server.detail!, /A virtual machine/);
    const text = [...HEAD, '  server:', '    type: OS::Nova::Se'].join('\n');
    assert.deepEqual(server.replace, { start: text.length - 'OS::Nova::Se'.length, end: text.length });
    assert.ok(!labels(proposals).includes('OS::Neutron::LBaaS::Pool'), 'hidden in 2026.1');
    assert.ok(labels(complete([...HEAD, '  server:', '    type: ¦'], { release: 'yoga' })).includes('OS::Neutron::LBaaS::Pool'));
  });

  test('property names of the resource type: required first, snippets, present ones left out', () => {
    const proposals = complete([...HEAD, '  server:', '    type: OS::Nova::Server', '    properties:', '      image: fedora', '      ¦']);
    const first = sorted(proposals)[0];
    assert.equal(first.label, 'flavor');
    assert.equal(first.detail, 'String · required');
    assert.equal(first.insertText, 'flavor: $1');
    assert.equal(first.snippet, true);
    assert.ok(!labels(proposals).includes('image'));
    const byName = new Map(proposals.map((p) => [p.label, p.insertText]));
    assert.equal(byName.get('networks'), 'networks:\n  - $1');
    assert.equal(byName.get('metadata'), 'metadata:\n  $1');
    assert.equal(byName.get('config_drive'), 'config_drive: ${1|true,false|}');
    assert.equal(byName.get('diskConfig'), 'diskConfig: ${1|AUTO,MANUAL|}');
  });

  test('keys of a list item and of a group member definition', () => {
    const item = complete([...HEAD, '  server:', '    type: OS::Nova::Server', '    properties:', '      networks:', '        - fi¦']);
    assert.deepEqual(labels(item).filter((l) => l.startsWith('fi')), ['fixed_ip']);
    const member = complete([...HEAD, '  group:', '    type: OS::Heat::ResourceGroup', '    properties:', '      resource_def:', '        type: OS::Neutron::Port', '        properties:', '          ¦']);
    assert.equal(sorted(member)[0].label, 'network');
  });

  test('get_param, get_resource, get_attr and depends_on targets', () => {
    assert.deepEqual(labels(complete([...HEAD, '  server:', '    type: OS::Nova::Server', '    properties:', '      flavor: {get_param: ¦}'])),
      ['flavor', 'OS::stack_id', 'OS::stack_name', 'OS::project_id']);
    assert.deepEqual(labels(complete([...HEAD, '  server:', '    type: OS::Nova::Server', '    properties:', '      networks: [{port: {get_resource: ¦}}]'])), ['master_port']);
    assert.deepEqual(labels(complete([...HEAD, 'outputs:', '  ip:', '    value: {get_attr: [¦]}'])), ['master_port']);
    const attributes = labels(complete([...HEAD, 'outputs:', '  ip:', '    value: {get_attr: [master_port, ¦]}']));
    assert.ok(attributes.includes('fixed_ips') && attributes.includes('show'));
    assert.deepEqual(labels(complete([...HEAD, '  server:', '    type: OS::Nova::Server', '    depends_on:', '      - ¦'])), ['master_port']);
  });

  test('function names of the declared version, as a value or as a key', () => {
    const values = complete([...HEAD.slice(0, -1), '      network: ¦']);
    assert.ok(labels(values).includes('get_param'));
    assert.ok(!labels(values).includes('list_concat'), 'list_concat starts with 2017-09-01');
    assert.equal(values.find((p) => p.label === 'get_param')!.insertText, '{get_param: $1}');
    const keys = complete([...HEAD.slice(0, -1), '      network: {¦}']);
    assert.equal(keys.find((p) => p.label === 'str_replace')!.insertText, 'str_replace: $1');
    const conditions = labels(complete(['heat_template_version: 2016-10-14', 'conditions:', '  named:', '    ¦']));
    assert.deepEqual(conditions, ['and', 'equals', 'get_param', 'not', 'or']);
  });

  test('sections and resource keywords not yet present', () => {
    assert.deepEqual(labels(complete(['heat_template_version: 2015-04-30', 'resources: {}', '¦'])).sort(),
      ['description', 'outputs', 'parameter_groups', 'parameters']);
    assert.ok(!labels(complete([...HEAD.slice(0, 6), '    ¦'])).includes('type'));
  });

  test('nothing inside a block scalar', () => {
    const proposals = complete([...HEAD.slice(0, 4), '  config:', '    type: OS::Heat::SoftwareConfig', '    properties:', '      config: |', '        #!/bin/sh', '        echo ¦']);
    assert.deepEqual(proposals, []);
  });
});
