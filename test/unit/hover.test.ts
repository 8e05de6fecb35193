import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { hoverAt } from '../../server/src/engine';
import type { LintSettings } from '../../server/src/engine/core/types';

function hover(path: string, text: string, needle: string, settings: LintSettings = {}, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not in text`);
  const result = hoverAt(analyze({ path, text }), at + 1, settings);
  return result && { markdown: result.markdown, text: text.slice(result.span.start, result.span.end) };
}

describe('hover', () => {
  const conf = '[keystone_authtoken]\nauth_uri = http://k.example.com:5000\npassword = s3cr3t-Value\n\n[cinder]\ndefault_docker_volume_type = lvm\n';

  test('a deprecated magnum.conf option: type, summary, deprecation, releases and the release in force', () => {
    const h = hover('magnum.conf', conf, 'auth_uri', { release: 'zed' })!;
    assert.equal(h.text, 'auth_uri');
    assert.match(h.markdown, /^\*\*auth_uri\*\* · `\[keystone_authtoken\]` · StrOpt/);
    assert.match(h.markdown, /Deprecated for removal: superseded by www_authenticate_uri/);
    assert.match(h.markdown, /Known in releases rocky – 2026\.1\./);
    assert.match(h.markdown, /OpenStack zed\*$/);
  });

  test('a secret option shows no default and never the value', () => {
    const h = hover('magnum.conf', conf, 'password')!;
    assert.match(h.markdown, /Secret: its value is never shown/);
    assert.doesNotMatch(h.markdown, /s3cr3t/);
  });

  test('an option with a default and a section header', () => {
    assert.match(hover('magnum.conf', conf, 'default_docker_volume_type')!.markdown, /Default: empty/);
    assert.match(hover('magnum.conf', conf, 'cinder')!.markdown, /^\*\*\[cinder\]\*\*/);
  });

  test('an option missing from the release in force says so', () => {
    const text = '[cinder]\ndefault_boot_volume_size = 10\n';
    assert.match(hover('magnum.conf', text, 'default_boot_volume_size', { release: 'rocky' })!.markdown, /\*\*Not in rocky\*\* \(known in train – 2026\.1\)/);
  });

  const template = [
    'heat_template_version: 2018-08-31',
    'parameters:',
    '  flavor:',
    '    type: string',
    '    description: Flavor of the masters',
    '    default: m1.small',
    '  key:',
    '    type: string',
    '    hidden: true',
    '    default: topsecret',
    'resources:',
    '  vol:',
    '    type: Magnum::Optional::Cinder::Volume',
    '  server:',
    '    type: OS::Nova::Server',
    '    properties:',
    '      flavor: {get_param: flavor}',
    '      key_name: {get_param: [key]}',
    '      name: {get_param: OS::stack_name}',
    '',
  ].join('\n');

  test('get_param shows the declaration', () => {
    const h = hover('t.yaml', template, 'flavor}')!;
    assert.equal(h.text, 'flavor');
    assert.match(h.markdown, /^\*\*flavor\*\* · parameter · string\n\nFlavor of the masters\n\nDefault: `"m1.small"`/);
    const hidden = hover('t.yaml', template, 'key]')!;
    assert.match(hidden.markdown, /Default: \(hidden\)/);
    assert.doesNotMatch(hidden.markdown, /topsecret/);
    assert.match(hover('t.yaml', template, 'OS::stack_name')!.markdown, /pseudo parameter/);
  });

  test('resource types get one line, and Magnum aliases say what they map to', () => {
    assert.match(hover('t.yaml', template, 'OS::Nova::Server')!.markdown, /^\*\*OS::Nova::Server\*\*\n\nA virtual machine/);
    assert.match(hover('t.yaml', template, 'Magnum::Optional::Cinder::Volume')!.markdown, /maps it to `OS::Cinder::Volume`/);
  });

  test('nothing on plain keys and values', () => {
    assert.equal(hover('t.yaml', template, 'properties'), undefined);
    assert.equal(hover('t.yaml', template, 'm1.small'), undefined);
  });
});
