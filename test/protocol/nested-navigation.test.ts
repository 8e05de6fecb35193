import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { DefinitionRequest, ReferencesRequest, type Location } from 'vscode-languageserver-protocol/node';
import { rangeOf } from './helpers';
import { LspClient, REPO_ROOT } from './lsp-client';

const TEMPLATES = resolve(REPO_ROOT, 'test/fixtures/heat/nested/drivers/demo_driver/templates');
const uriOf = (name: string) => pathToFileURL(resolve(TEMPLATES, name)).toString();
const textOf = (name: string) => readFileSync(resolve(TEMPLATES, name), 'utf8');
const at = (text: string, needle: string, occurrence = 0) => rangeOf(text, needle, occurrence).start;
const brief = (locations: Location[] | null) => (locations ?? []).map((l) => `${l.uri.split('/').pop()}:${l.range.start.line}:${l.range.start.character}`).sort();

describe('nested templates over LSP', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start(); });
  after(async () => { await client.shutdown(); });

  test('go to definition: a group member property leads to the nested parameter, get_param to its declaration', async () => {
    const good = textOf('cluster-good.yaml');
    await client.open(uriOf('cluster-good.yaml'), 'yaml', good);
    const node = textOf('node.yaml');
    const nested = await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: uriOf('cluster-good.yaml') }, position: at(good, 'fixed_subnet', 3),
    }) as Location[];
    assert.deepEqual(nested, [{ uri: uriOf('node.yaml'), range: rangeOf(node, 'fixed_subnet') }]);
    const local = await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: uriOf('cluster-good.yaml') }, position: at(good, 'number_of_nodes', 1),
    }) as Location[];
    assert.deepEqual(local, [{ uri: uriOf('cluster-good.yaml'), range: rangeOf(good, 'number_of_nodes') }]);
  });

  test('find references of a nested parameter: its uses and every parent that passes it', async () => {
    const node = textOf('node.yaml');
    await client.open(uriOf('node.yaml'), 'yaml', node);
    const refs = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uriOf('node.yaml') }, position: at(node, 'fixed_subnet'), context: { includeDeclaration: true },
    });
    const bad = textOf('cluster-bad.yaml');
    const good = textOf('cluster-good.yaml');
    const pos = (name: string, text: string, needle: string, n: number) => `${name}:${rangeOf(text, needle, n).start.line}:${rangeOf(text, needle, n).start.character}`;
    assert.deepEqual(brief(refs), [
      pos('cluster-bad.yaml', bad, 'fixed_subnet', 3),
      pos('cluster-good.yaml', good, 'fixed_subnet', 3),
      pos('node.yaml', node, 'fixed_subnet', 0),
      pos('node.yaml', node, 'fixed_subnet', 1),
    ].sort());
  });

  test('editing an open nested template re-checks the open parent that uses it', async () => {
    const parentUri = 'file:///nonexistent/magnum-heat/parent.yaml';
    const childUri = 'file:///nonexistent/magnum-heat/child.yaml';
    const parent = 'heat_template_version: 2018-08-31\nresources:\n  child:\n    type: child.yaml\n    properties:\n      size: 1\n';
    const child = (name: string) => `heat_template_version: 2018-08-31\nparameters:\n  ${name}:\n    type: number\n    default: 1\n`;
    await client.open(childUri, 'yaml', child('count'));
    const first = await client.open(parentUri, 'yaml', parent);
    assert.deepEqual(first.filter((d) => d.code === 'nested-parameter-mismatch').map((d) => d.range), [rangeOf(parent, 'size')]);
    const republished = client.nextDiagnostics(parentUri);
    await client.change(childUri, 2, child('size'));
    assert.deepEqual((await republished).diagnostics.filter((d) => d.code === 'nested-parameter-mismatch'), []);
  });
});
