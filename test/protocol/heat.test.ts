import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity, MarkupContent } from 'vscode-languageserver-protocol/node';
import { assertOurDiagnostic, preferredQuickFix, rangeOf } from './helpers';
import { applyTextEdits, LspClient } from './lsp-client';

const UNDEFINED_PARAM = [
  'heat_template_version: 2018-08-31',
  'parameters:',
  '  flavor:',
  '    type: string',
  'resources:',
  '  server:',
  '    type: OS::Nova::Server',
  '    properties:',
  '      flavor: {get_param: flavor}',
  '      image: {get_param: image}',
  '',
].join('\n');

const EMPTY_VOLUME_TYPE = [
  'heat_template_version: 2018-08-31',
  'parameters:',
  '  docker_volume_type:',
  '    type: string',
  '    default: ""',
  'resources:',
  '  docker_volume:',
  '    type: OS::Cinder::Volume',
  '    properties:',
  '      size: 10',
  '      volume_type: {get_param: docker_volume_type}',
  '',
].join('\n');

const SWARM_URI = 'file:///tmp/x/drivers/swarm_fedora_atomic_v2/templates/swarmcluster.yaml';
const SWARM = [
  'heat_template_version: 2016-10-14',
  'parameters:',
  '  fixed_subnet_cidr:',
  '    type: string',
  '    default: 10.0.0.0/24',
  'resources:',
  '  secgroup_swarm_manager:',
  '    type: OS::Neutron::SecurityGroup',
  '    properties:',
  '      rules:',
  '        - protocol: icmp',
  '        - protocol: tcp',
  '          port_range_min: 22',
  '          port_range_max: 22',
  '        - protocol: tcp',
  '          port_range_min: 2375',
  '          port_range_max: 2375',
  '        - protocol: tcp',
  '          port_range_min: 1',
  '          port_range_max: 65535',
  '          remote_ip_prefix: {get_param: fixed_subnet_cidr}',
  '        - protocol: udp',
  '          port_range_min: 53',
  '          port_range_max: 53',
  '',
].join('\n');

describe('Heat templates over LSP', { timeout: 30_000 }, () => {
  let client: LspClient;

  before(async () => {
    client = await LspClient.start({ settings: () => ({ debounceMs: 0 }) });
  });
  after(() => client.kill());

  test('undefined-parameter on the get_param name; declaring it clears the diagnostic', async () => {
    const uri = 'file:///tmp/x/t.yaml';
    const diagnostics = await client.open(uri, 'yaml', UNDEFINED_PARAM);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [d] = diagnostics;
    const range = { start: { line: 9, character: 25 }, end: { line: 9, character: 30 } };
    assert.deepEqual(rangeOf(UNDEFINED_PARAM, 'image', 1), range);
    assertOurDiagnostic(d, 'undefined-parameter', range);
    assert.equal(d.severity, DiagnosticSeverity.Error);

    const { action, edits } = preferredQuickFix(await client.codeActions(uri, d.range, [d]), d, uri, 1);
    assert.match(action.title, /Declare parameter 'image'/);
    const fixed = applyTextEdits(UNDEFINED_PARAM, edits);
    assert.match(fixed, /^parameters:\n {2}flavor:\n {4}type: string\n {2}image:\n {4}type: \w+\nresources:/m);
    assert.deepEqual(await client.change(uri, 2, fixed), []);
  });

  test('empty-volume-type on the volume_type value; the preferred fix removes the line', async () => {
    const uri = 'file:///tmp/x/volume.yaml';
    const diagnostics = await client.open(uri, 'yaml', EMPTY_VOLUME_TYPE);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [d] = diagnostics;
    assertOurDiagnostic(d, 'empty-volume-type', rangeOf(EMPTY_VOLUME_TYPE, '{get_param: docker_volume_type}'));
    assert.deepEqual(d.range, { start: { line: 10, character: 19 }, end: { line: 10, character: 50 } });

    const actions = await client.codeActions(uri, d.range, [d]);
    const { action, edits } = preferredQuickFix(actions, d, uri, 1);
    assert.match(action.title, /Remove volume_type/);
    assert.ok(actions && actions.length >= 2, 'the condition-guard fix is offered too (2018-08-31 supports conditions)');
    const fixed = applyTextEdits(EMPTY_VOLUME_TYPE, edits);
    assert.equal(fixed, EMPTY_VOLUME_TYPE.replace('      volume_type: {get_param: docker_volume_type}\n', ''));
    // The parameter is then unused (an unused-parameter hint); the volume type problem is gone.
    assert.deepEqual((await client.change(uri, 2, fixed)).map((x) => x.code), ['unused-parameter']);
  });

  test('missing-port-rule for 2377 in swarm_fedora_atomic_v2; the fix adds a block-style rule like its neighbours', async () => {
    // A trimmed top-level template: magnum-parameter-missing and driver-lifecycle (swarm is gone since 2024.1)
    // have their own tests; this one is about ports.
    const aboutPorts = (x: { code?: unknown }) => x.code !== 'magnum-parameter-missing' && x.code !== 'driver-lifecycle';
    const diagnostics = (await client.open(SWARM_URI, 'yaml', SWARM)).filter(aboutPorts);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [d] = diagnostics;
    assertOurDiagnostic(d, 'missing-port-rule', { start: { line: 9, character: 6 }, end: { line: 9, character: 11 } });
    assert.match(String(d.message), /2377/);
    assert.match(String(d.message), /secgroup_swarm_manager/);

    const { edits } = preferredQuickFix(await client.codeActions(SWARM_URI, d.range, [d]), d, SWARM_URI, 1);
    const fixed = applyTextEdits(SWARM, edits);
    const added = [
      '        - protocol: tcp',
      '          port_range_min: 2377',
      '          port_range_max: 2377',
      '',
    ].join('\n');
    assert.equal(fixed, SWARM + added);
    assert.deepEqual((await client.change(SWARM_URI, 2, fixed)).filter(aboutPorts), []);
  });

  test('CRLF template, fix sent as an incremental change: the inserted lines keep CRLF', async () => {
    const uri = 'file:///tmp/x/crlf.yaml';
    const text = UNDEFINED_PARAM.replace(/\n/g, '\r\n');
    const [d] = await client.open(uri, 'yaml', text);
    assertOurDiagnostic(d, 'undefined-parameter', { start: { line: 9, character: 25 }, end: { line: 9, character: 30 } });
    const { edits } = preferredQuickFix(await client.codeActions(uri, d.range, [d]), d, uri, 1);
    for (const edit of edits) assert.doesNotMatch(edit.newText, /(^|[^\r])\n/, 'only CRLF line breaks');
    assert.deepEqual(await client.changeIncremental(uri, 2, edits), []);
    const hover = await client.hover(uri, { line: 11, character: 25 });
    assert.ok(hover && MarkupContent.is(hover.contents), 'the server holds the edited text');
    assert.match(hover.contents.value, /\*\*image\*\* · parameter/);
  });

  test('hover on a get_param name shows the parameter type and default', async () => {
    const uri = 'file:///tmp/x/hover.yaml';
    await client.open(uri, 'yaml', EMPTY_VOLUME_TYPE);
    const at = rangeOf(EMPTY_VOLUME_TYPE, 'docker_volume_type', 1);
    const hover = await client.hover(uri, { line: at.start.line, character: at.start.character + 2 });
    assert.ok(hover, 'hover answered');
    assert.ok(MarkupContent.is(hover.contents));
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /docker_volume_type/);
    assert.match(hover.contents.value, /\bstring\b/);
    assert.match(hover.contents.value, /Default: `""`/);
    assert.deepEqual(hover.range, at);

    const undeclared = rangeOf(UNDEFINED_PARAM, 'image', 1);
    const uri2 = 'file:///tmp/x/hover2.yaml';
    await client.open(uri2, 'yaml', UNDEFINED_PARAM);
    const hover2 = await client.hover(uri2, undeclared.start);
    assert.ok(hover2 && MarkupContent.is(hover2.contents));
    assert.match(hover2.contents.value, /not declared/i);
  });

  test('a YAML file that is not a Heat template gets an empty publish', async () => {
    const uri = 'file:///tmp/x/plain.yaml';
    assert.deepEqual(await client.open(uri, 'yaml', 'foo: bar\n'), []);
    assert.equal(await client.hover(uri, { line: 0, character: 1 }), null);
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = 'file:///tmp/x/closed.yaml';
    assert.equal((await client.open(uri, 'yaml', UNDEFINED_PARAM)).length, 1);
    const cleared = client.nextDiagnostics(uri);
    await client.close(uri);
    assert.deepEqual((await cleared).diagnostics, []);
  });

  test('shutdown and exit end the server with code 0', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
