import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CompletionItemKind, CompletionRequest, InsertTextFormat, TextEdit,
  type CompletionItem, type CompletionList, type Position,
} from 'vscode-languageserver-protocol/node';
import { applyTextEdits, LspClient, REPO_ROOT } from './lsp-client';

const YOGA = 'file:///tmp/heat-completion/yoga/t.yaml';

/** The text without the cursor mark `¦`, and the cursor's position. */
function withCursor(lines: string[]): { text: string; position: Position } {
  const line = lines.findIndex((l) => l.includes('¦'));
  assert.ok(line >= 0, 'no cursor');
  return { text: lines.join('\n').replace('¦', ''), position: { line, character: lines[line].indexOf('¦') } };
}

/** A template with a parameter and a port, to complete after. */
const HEAD = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'heat', 'completion-base.yaml'), 'utf8').trimEnd().split('\n');

describe('Heat template completion over LSP', { timeout: 30_000 }, () => {
  let client: LspClient;
  let counter = 0;

  before(async () => {
    client = await LspClient.start({ settings: (uri) => ({ debounceMs: 0, ...(uri === YOGA ? { release: 'yoga' } : {}) }) });
  });
  after(() => client.kill());

  async function complete(lines: string[], uri = `file:///tmp/heat-completion/${++counter}/t.yaml`): Promise<{ text: string; items: CompletionItem[] }> {
    const { text, position } = withCursor(lines);
    await client.open(uri, 'yaml', text);
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    assert.ok(result, 'completion answered');
    return { text, items: Array.isArray(result) ? result : (result as CompletionList).items };
  }

  const item = (items: CompletionItem[], label: string) => {
    const found = items.find((i) => i.label === label);
    assert.ok(found, `${label} among ${items.map((i) => i.label).join(', ')}`);
    return found;
  };

  test('a resource type replaces the typed part of the name; applying it gives the full type', async () => {
    const { text, items } = await complete([...HEAD, '  server:', '    type: OS::Nova::Se¦']);
    const server = item(items, 'OS::Nova::Server');
    assert.equal(server.kind, CompletionItemKind.Class);
    assert.ok(server.textEdit && TextEdit.is(server.textEdit));
    assert.equal(applyTextEdits(text, [server.textEdit]), [...HEAD, '  server:', '    type: OS::Nova::Server'].join('\n'));
    assert.equal(typeof server.documentation === 'object' && server.documentation.kind, 'markdown');
  });

  test('property names come as snippets, the required one sorted first', async () => {
    const { items } = await complete([...HEAD, '  server:', '    type: OS::Nova::Server', '    properties:', '      ¦']);
    const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.equal(sorted[0].label, 'flavor');
    assert.equal(sorted[0].kind, CompletionItemKind.Property);
    assert.equal(sorted[0].insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(sorted[0].detail, 'String · required');
    assert.ok(sorted[0].textEdit && TextEdit.is(sorted[0].textEdit));
    assert.equal(sorted[0].textEdit.newText, 'flavor: $1');
  });

  test('get_param offers the declared and pseudo parameters; get_attr the attributes of the named resource', async () => {
    const params = await complete([...HEAD, '  server:', '    type: OS::Nova::Server', '    properties:', '      flavor: {get_param: ¦}']);
    assert.deepEqual(params.items.map((i) => [i.label, i.kind]).slice(0, 2), [['flavor', CompletionItemKind.Variable], ['OS::stack_id', CompletionItemKind.Variable]]);
    const attributes = await complete([...HEAD, 'outputs:', '  ip:', '    value: {get_attr: [master_port, fi¦]}']);
    const fixedIps = item(attributes.items, 'fixed_ips');
    assert.equal(fixedIps.kind, CompletionItemKind.Field);
    assert.ok(fixedIps.textEdit && TextEdit.is(fixedIps.textEdit));
    assert.equal(applyTextEdits(attributes.text, [fixedIps.textEdit]).split('\n').at(-1), '    value: {get_attr: [master_port, fixed_ips]}');
  });

  test('functions follow the declared version; types follow the release setting', async () => {
    const functions = await complete([...HEAD.slice(0, -1), '      network: ¦']);
    assert.equal(item(functions.items, 'get_param').kind, CompletionItemKind.Function);
    assert.ok(!functions.items.some((i) => i.label === 'list_concat'));
    const newest = await complete([...HEAD, '  pool:', '    type: OS::Neutron::LBaaS::Po¦']);
    assert.ok(!newest.items.some((i) => i.label === 'OS::Neutron::LBaaS::Pool'));
    const yoga = await complete([...HEAD, '  pool:', '    type: OS::Neutron::LBaaS::Po¦'], YOGA);
    item(yoga.items, 'OS::Neutron::LBaaS::Pool');
  });

  test('heat_template_version values; other YAML gets nothing', async () => {
    const versions = await complete(['heat_template_version: ¦', 'resources: {}']);
    assert.equal(versions.items.length, 17);
    assert.equal(item(versions.items, 'wallaby').kind, CompletionItemKind.EnumMember);
    const plain = await complete(['name: demo', 'type: ¦']);
    assert.deepEqual(plain.items, []);
  });
});
