import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Range } from '../../server/src/engine/core/types';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

/** The range of `needle` inside the first occurrence of `context` (both on one line). */
function within(text: string, context: string, needle: string): Range {
  const { start } = rangeOf(text, context);
  const character = start.character + context.indexOf(needle);
  return { start: { line: start.line, character }, end: { line: start.line, character: character + needle.length } };
}

describe('unknown-resource-type', () => {
  const RULE = 'unknown-resource-type';

  test('reports a misspelt type, a custom namespace (warning) and a resource without type', () => {
    const { text, diagnostics } = lintFixture('heat/unknown-resource-type-bad.yaml');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => [d.range, d.severity]), [
      [rangeOf(text, 'OS::Cinder::Volum'), 'error'],
      [rangeOf(text, 'Acme::Widget'), 'warning'],
      [rangeOf(text, 'untyped'), 'error'],
    ]);
    assert.equal(applyFix(text, found[0]), text.replace('OS::Cinder::Volum\n', 'OS::Cinder::Volume\n'));
    assert.match(found[2].message, /Resource 'untyped' has no type/);
  });

  test('a type only other releases register names them', () => {
    const { text } = lintFixture('heat/unknown-resource-type-bad.yaml');
    const found = only(lintText('t.yaml', text, { release: '2024.2' }), RULE);
    assert.equal(found.length, 4);
    assert.deepEqual(found[1].range, rangeOf(text, 'OS::Octavia::AvailabilityZone'));
    assert.match(found[1].message, /Heat of 2024\.2 has no resource type OS::Octavia::AvailabilityZone \(it exists in 2025\.1 to 2026\.1\)/);
  });

  test('nested templates, Magnum aliases and switchers, URLs and global aliases are not reported', () => {
    assert.deepEqual(only(lintFixture('heat/unknown-resource-type-good.yaml').diagnostics, RULE), []);
  });
});

describe('unknown-property', () => {
  const RULE = 'unknown-property';

  test('reports unknown keys of properties, of list items and of a group member definition', () => {
    const { text, diagnostics } = lintFixture('heat/unknown-property-bad.yaml');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => d.range), [rangeOf(text, 'imag'), rangeOf(text, 'fixed_ipp'), rangeOf(text, 'colour'), rangeOf(text, 'stateful')]);
    assert.match(found[1].message, /'networks' of OS::Nova::Server has no property 'fixed_ipp' \(did you mean 'fixed_ip'\?\)/);
    assert.deepEqual(found[2].fixes, []);
  });

  test('the did-you-mean fix renames the key', () => {
    const { text, diagnostics } = lintFixture('heat/unknown-property-bad.yaml');
    const [imag, fixedIp] = only(diagnostics, RULE);
    assert.equal(applyFix(text, imag), text.replace('      imag:', '      image:'));
    assert.equal(applyFix(text, fixedIp), text.replace('fixed_ipp:', 'fixed_ip:'));
  });

  test('a property added in a later release is reported for older ones only', () => {
    const { text } = lintFixture('heat/unknown-property-release.yaml');
    const [d, ...rest] = only(lintText('t.yaml', text, { release: 'yoga' }), RULE);
    assert.equal(rest.length, 0);
    assert.deepEqual(d.range, rangeOf(text, 'availability_zone_hints'));
    assert.match(d.message, /no property 'availability_zone_hints' in yoga; Heat knows it from zed on/);
    assert.deepEqual(lintText('t.yaml', text, { release: 'zed' }), []);
  });

  test('placeholders and aliases with several possible types are not checked', () => {
    assert.deepEqual(lintFixture('heat/unknown-property-good.yaml').diagnostics, []);
  });

  test('anchors, aliases and merge keys are applied as Heat\'s loader does', () => {
    const { text } = lintFixture('heat/unknown-property-merge-good.yaml');
    assert.deepEqual(lintText('t.yaml', text), []);
    const broken = text.replace('      flavor: m1.small\n', '      flavor: m1.small\n      diskConfig: auto\n');
    assert.deepEqual(only(lintText('t.yaml', broken), 'invalid-property-value').map((d) => d.range), [rangeOf(broken, 'auto')]);
    const unmerged = text.replace('      <<: *server_properties\n', '');
    assert.deepEqual(only(lintText('t.yaml', unmerged), 'missing-required-property').map((d) => d.range), [rangeOf(unmerged, 'properties', 2)]);
  });

  test('properties computed by a function are not checked by any property rule', () => {
    const text = [
      'heat_template_version: 2018-08-31',
      'parameters:',
      '  port_properties: {type: json, default: {network: private}}',
      'resources:',
      '  port:',
      '    type: OS::Neutron::Port',
      '    properties: {get_param: port_properties}',
      '',
    ].join('\n');
    assert.deepEqual(lintText('t.yaml', text), []);
  });
});

describe('missing-required-property', () => {
  const RULE = 'missing-required-property';

  test('reports missing required properties on the properties key, the type key, or the nested map', () => {
    const { text, diagnostics } = lintFixture('heat/missing-required-property-bad.yaml');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => d.range), [
      rangeOf(text, 'properties'),
      rangeOf(text, 'type', 1),
      rangeOf(text, 'volume_id'),
      rangeOf(text, 'properties', 2),
    ]);
    assert.match(found[0].message, /OS::Neutron::Port requires property 'network'/);
    assert.match(found[1].message, /OS::Nova::Server requires property 'flavor', and 'server' has no properties/);
    assert.match(found[2].message, /each 'block_device_mapping' entry of OS::Nova::Server requires property 'device_name'/);
    assert.ok(found.every((d) => d.fixes.length === 0));
  });

  test('retired spellings Heat translates, computed properties and types without required properties pass', () => {
    assert.deepEqual(lintFixture('heat/missing-required-property-good.yaml').diagnostics, []);
  });
});

describe('invalid-property-value', () => {
  const RULE = 'invalid-property-value';

  test('reports wrong literal types and broken constraints on the value', () => {
    const { text, diagnostics } = lintFixture('heat/invalid-property-value-bad.yaml');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => d.range), [
      rangeOf(text, 'auto'), rangeOf(text, '"yes"'), rangeOf(text, '1.5'), within(text, 'admin_state_up: 1', '1'),
      rangeOf(text, 'private-subnet'), rangeOf(text, 'many'), rangeOf(text, 'inbound'), rangeOf(text, '70000'),
    ]);
    assert.deepEqual(found.map((d) => d.message.replace(/ Heat fails the stack create\.$/, '')), [
      `OS::Nova::Server property 'diskConfig' must be one of "AUTO", "MANUAL", not "auto".`,
      `OS::Nova::Server property 'config_drive' must be true or false, not "yes".`,
      `OS::Nova::Server property 'name' must be a string, not the number 1.5.`,
      `OS::Neutron::Port property 'admin_state_up' must be true or false, not 1.`,
      `OS::Neutron::Port property 'fixed_ips' must be a list, not "private-subnet".`,
      `OS::Heat::ResourceGroup property 'count' must be an integer, not "many".`,
      `OS::Neutron::SecurityGroup property 'rules[0].direction' must be one of "ingress", "egress", not "inbound".`,
      `OS::Neutron::SecurityGroup property 'rules[0].port_range_min' must be from 0 to 65535, not 70000.`,
    ]);
  });

  test('obvious values are offered as fixes', () => {
    const { text, diagnostics } = lintFixture('heat/invalid-property-value-bad.yaml');
    const [disk, drive, name, admin] = only(diagnostics, RULE);
    assert.equal(applyFix(text, disk), text.replace('diskConfig: auto', 'diskConfig: AUTO'));
    assert.equal(applyFix(text, drive), text.replace('config_drive: "yes"', 'config_drive: true'));
    assert.equal(applyFix(text, name), text.replace('name: 1.5', 'name: "1.5"'));
    assert.equal(applyFix(text, admin), text.replace('admin_state_up: 1', 'admin_state_up: true'));
  });

  test('values Heat converts (numeric text, "True", YAML 1.1 yes, integers as strings) and computed values pass', () => {
    assert.deepEqual(lintFixture('heat/invalid-property-value-good.yaml').diagnostics, []);
  });
});
