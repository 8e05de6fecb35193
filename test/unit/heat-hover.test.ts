import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { hoverAt } from '../../server/src/engine';
import type { LintSettings } from '../../server/src/engine/core/types';

const TEMPLATE = [
  'heat_template_version: 2016-10-14',
  'parameters:',
  '  flavor: {type: string, default: m1.small}',
  'resources:',
  '  master_port:',
  '    type: OS::Neutron::Port',
  '    properties:',
  '      network: private',
  '      fixed_ips:',
  '        - subnet: private-subnet',
  '  master:',
  '    type: OS::Nova::Server',
  '    depends_on: [master_port]',
  '    properties:',
  '      flavor: {get_param: flavor}',
  '      diskConfig: AUTO',
  '      networks:',
  '        - port: {get_resource: master_port}',
  '      user_data: {list_join: ["", [a, b]]}',
  '  lb:',
  '    type: OS::Neutron::LBaaS::Pool',
  '  private_net:',
  '    type: OS::Neutron::Net',
  '    properties:',
  '      availability_zone_hints: [az1]',
  'outputs:',
  '  ip:',
  '    value: {get_attr: [master, first_address]}',
  '  joined:',
  '    value: {Fn::Join: [",", [a]]}',
  '',
].join('\n');

/** The hover at the first character of the `occurrence`-th `needle`, without the footer. */
function hover(needle: string, occurrence = 0, settings: LintSettings = {}): { text: string; markdown: string } | undefined {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = TEMPLATE.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not in the template`);
  const result = hoverAt(analyze({ path: 't.yaml', text: TEMPLATE }), at, settings);
  return result && { text: TEMPLATE.slice(result.span.start, result.span.end), markdown: result.markdown.replace(/\n\n---\n.*$/s, '') };
}

describe('Heat hovers', () => {
  test('a resource type: summary, support status, required properties and attributes', () => {
    const h = hover('OS::Nova::Server')!;
    assert.equal(h.text, 'OS::Nova::Server');
    assert.match(h.markdown, /^\*\*OS::Nova::Server\*\*\n\nA virtual machine/);
    assert.match(h.markdown, /Required properties: `flavor`\./);
    assert.match(h.markdown, /Attributes: `accessIPv4`, .*`first_address`/);
    assert.match(hover('OS::Neutron::Port')!.markdown, /Required properties: `network`\./);
  });

  test('a retired type says since when, and that it is a placeholder from 2024.1 on', () => {
    assert.match(hover('OS::Neutron::LBaaS::Pool')!.markdown, /Hidden \(kept for old templates\) since Heat 21\.0\.0 \(2023\.2\)\.\n\nA placeholder in this release/);
    const yoga = hover('OS::Neutron::LBaaS::Pool', 0, { release: 'yoga' })!.markdown;
    assert.match(yoga, /Available since Heat 6\.0\.0 \(Mitaka\)\./);
    assert.match(yoga, /Required properties: `lb_algorithm`, `protocol`\./);
  });

  test('a property: type, required, constraints, updates; nested keys and properties of later releases', () => {
    const flavor = hover('flavor', 1)!;
    assert.equal(flavor.text, 'flavor');
    assert.equal(flavor.markdown, '**flavor** · String · required · property of `OS::Nova::Server`\n\nChecked against the cloud: `nova.flavor`.\n\nChanging it updates the resource in place.');
    assert.match(hover('diskConfig')!.markdown, /Allowed: `AUTO`, `MANUAL`\.\n\nChanging it replaces the resource\./);
    assert.match(hover('networks')!.markdown, /Each item: Map with keys `allocate_network`, `fixed_ip`/);
    assert.match(hover('subnet')!.markdown, /^\*\*subnet\*\* · String · property of `OS::Neutron::Port`/);
    assert.equal(hover('availability_zone_hints', 0, { release: 'yoga' })!.markdown, '**availability_zone_hints** · property of `OS::Neutron::Net`\n\n**Not in Heat of yoga**; Heat knows it from zed on.');
  });

  test('a function: signature of the version in force, since when, and whether this version has it', () => {
    const join = hover('list_join')!;
    assert.equal(join.text, 'list_join');
    assert.match(join.markdown, /`list_join: \[DELIMITER, LIST, LIST, \.\.\.\]`/);
    assert.match(join.markdown, /Since HOT 2013-05-23\./);
    assert.match(hover('Fn::Join')!.markdown, /\*\*Not supported in HOT 2016-10-14\.\*\*/);
  });

  test('get_resource, get_attr and depends_on name resources; get_attr attributes their type', () => {
    const port = hover('master_port}')!;
    assert.equal(port.text, 'master_port');
    assert.equal(port.markdown, '**master_port** · resource · `OS::Neutron::Port`\n\nA Neutron port: a server\'s attachment point to a network, with its addresses and security groups.\n\nDefined on line 5.');
    assert.match(hover('master_port]')!.markdown, /^\*\*master_port\*\* · resource/);
    assert.match(hover('master,')!.markdown, /^\*\*master\*\* · resource · `OS::Nova::Server`/);
    assert.equal(hover('first_address')!.markdown, '**first_address** · attribute of `OS::Nova::Server` (resource `master`)');
  });

  test('heat_template_version: the release it came with and its functions', () => {
    const h = hover('2016-10-14')!;
    assert.match(h.markdown, /^\*\*heat_template_version 2016-10-14\*\*\n\nHOT version of OpenStack Newton \(2016-10-14\)\./);
    assert.match(h.markdown, /Condition functions: `and`, `equals`, `get_param`, `not`, `or`\./);
  });

  test('plain keys and values get nothing', () => {
    assert.equal(hover('private'), undefined);
    assert.equal(hover('master_port:'), undefined);
  });
});
