/** Outline (documentSymbol), folding, document links, snippets as completion items, kinds by file name, the check log. */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  CompletionItemKind, CompletionRequest, DocumentLinkRequest, DocumentSymbolRequest, FoldingRangeRequest, InsertTextFormat, SymbolKind,
  type CompletionItem, type CompletionList, type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { rangeOf } from './helpers';
import { LspClient, REPO_ROOT } from './lsp-client';

const TEMPLATE = [
  'heat_template_version: 2018-08-31',
  'parameters:',
  '  image:',
  '    type: string',
  '  count:',
  '    type: number',
  '    default: 1',
  'conditions:',
  '  many: {equals: [{get_param: count}, 3]}',
  'resources:',
  '  server:',
  '    type: OS::Nova::Server',
  '    properties:',
  '      image: {get_param: image}',
  '      flavor: m1.small',
  '      user_data: {get_file: scripts/boot.sh}',
  '  worker:',
  '    type: worker.yaml',
  'outputs:',
  '  address:',
  '    value: {get_attr: [server, first_address]}',
  '',
].join('\n');

const CONF = '[DEFAULT]\ndebug = true\n\n# a comment\n[keystone_authtoken]\nwww_authenticate_uri = http://keystone:5000\npassword = s3cret\n\n\n[cinder]\ndefault_docker_volume_type = fast\n';

const brief = (symbols: DocumentSymbol[]): unknown => symbols.map((s) => ({ name: s.name, kind: s.kind, ...(s.detail ? { detail: s.detail } : {}), ...(s.children ? { children: brief(s.children) } : {}) }));
const items = (result: CompletionItem[] | CompletionList | null) => (Array.isArray(result) ? result : result?.items ?? []);

describe('outline, folding, links over LSP', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start(); });
  after(async () => { await client.shutdown(); });

  test('the server announces documentSymbol, foldingRange and documentLink', () => {
    const caps = client.initializeResult?.capabilities;
    assert.equal(caps?.documentSymbolProvider, true);
    assert.equal(caps?.foldingRangeProvider, true);
    assert.deepEqual(caps?.documentLinkProvider, { resolveProvider: false });
  });

  test('a template: parameters and resources with their type, conditions, outputs; ranges on the names', async () => {
    const uri = 'file:///nonexistent/outline/stack.yaml';
    await client.open(uri, 'yaml', TEMPLATE);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];
    assert.deepEqual(brief(symbols), [
      { name: 'parameters', kind: SymbolKind.Namespace, children: [
        { name: 'image', kind: SymbolKind.Variable, detail: 'string' }, { name: 'count', kind: SymbolKind.Variable, detail: 'number' }] },
      { name: 'conditions', kind: SymbolKind.Namespace, children: [{ name: 'many', kind: SymbolKind.Boolean }] },
      { name: 'resources', kind: SymbolKind.Namespace, children: [
        { name: 'server', kind: SymbolKind.Object, detail: 'OS::Nova::Server' }, { name: 'worker', kind: SymbolKind.Object, detail: 'worker.yaml' }] },
      { name: 'outputs', kind: SymbolKind.Namespace, children: [{ name: 'address', kind: SymbolKind.Field }] },
    ]);
    const server = symbols[2].children![0];
    assert.deepEqual(server.selectionRange, rangeOf(TEMPLATE, 'server'));
    assert.deepEqual(server.range, { start: rangeOf(TEMPLATE, 'server').start, end: rangeOf(TEMPLATE, 'scripts/boot.sh}').end });
  });

  test('magnum.conf: sections with their options (names only), one fold per section', async () => {
    const uri = 'file:///nonexistent/outline/magnum.conf';
    await client.open(uri, 'magnum-conf', CONF);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];
    assert.deepEqual(brief(symbols), [
      { name: 'DEFAULT', kind: SymbolKind.Namespace, children: [{ name: 'debug', kind: SymbolKind.Property }] },
      { name: 'keystone_authtoken', kind: SymbolKind.Namespace, children: [{ name: 'www_authenticate_uri', kind: SymbolKind.Property }, { name: 'password', kind: SymbolKind.Property }] },
      { name: 'cinder', kind: SymbolKind.Namespace, children: [{ name: 'default_docker_volume_type', kind: SymbolKind.Property }] },
    ]);
    assert.ok(!JSON.stringify(symbols).includes('s3cret'), 'no value in the outline');
    assert.deepEqual(symbols[1].selectionRange, rangeOf(CONF, 'keystone_authtoken'));
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    // [DEFAULT] folds over its option and the comment before the next header; blank lines stay outside.
    assert.deepEqual(folds?.map((f) => [f.startLine, f.endLine, f.kind]), [[0, 3, 'region'], [4, 6, 'region'], [9, 10, 'region']]);
  });

  test('folding in YAML is left to the editor (null, not an empty list)', async () => {
    const uri = 'file:///nonexistent/outline/stack.yaml';
    assert.equal(await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }), null);
  });

  test('document links: a nested template type and get_file in a template, resource_registry targets in an environment', async () => {
    const uri = 'file:///nonexistent/outline/stack.yaml';
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
    assert.deepEqual(links, [
      { range: rangeOf(TEMPLATE, 'scripts/boot.sh'), target: 'file:///nonexistent/outline/scripts/boot.sh' },
      { range: rangeOf(TEMPLATE, 'worker.yaml'), target: 'file:///nonexistent/outline/worker.yaml' },
    ]);
    const envUri = 'file:///nonexistent/outline/env/env.yaml';
    const env = 'resource_registry:\n  "My::Node": ../nodes/node.yaml\n  "My::Off": OS::Heat::None\n  "My::Remote": https://example.com/t.yaml\nparameter_defaults:\n  count: 2\n';
    await client.open(envUri, 'yaml', env);
    const envLinks = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: envUri } });
    assert.deepEqual(envLinks, [{ range: rangeOf(env, '../nodes/node.yaml'), target: 'file:///nonexistent/outline/nodes/node.yaml' }]);
  });
});

describe('magnum.conf by its file name, whatever the editor calls the language', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start(); });
  after(async () => { await client.shutdown(); });

  for (const languageId of ['dosini', 'conf', 'ini', 'plaintext']) {
    test(`languageId '${languageId}' on magnum.conf: checked as magnum.conf`, async () => {
      const text = '[keystone_authtoken]\nauth_uri = http://keystone:5000/v3\n';
      const diagnostics = await client.open(`file:///nonexistent/${languageId}/etc/magnum/magnum.conf`, languageId, text);
      assert.deepEqual(diagnostics.filter((d) => d.code === 'auth-uri-deprecated').map((d) => d.range), [rangeOf(text, 'auth_uri')]);
    });
  }

  test("another .conf file as 'dosini' is checked too; as some other language it is not", async () => {
    const text = '[keystone_authtoken]\nauth_uri = http://keystone:5000/v3\n';
    const dosini = await client.open('file:///nonexistent/other/site.conf', 'dosini', text);
    assert.ok(dosini.some((d) => d.code === 'auth-uri-deprecated'));
    assert.deepEqual(await client.open('file:///nonexistent/other/nginx.conf', 'nginx', text), []);
  });
});

describe('snippets as completion items', () => {
  const conf = 'file:///nonexistent/snippets/magnum.conf';
  const template = 'file:///nonexistent/snippets/stack.yaml';
  const empty = 'file:///nonexistent/snippets/new.yaml';
  const TEXT = 'heat_template_version: 2018-08-31\nresources:\n  heat-\n';

  async function complete(client: LspClient, uri: string, line: number, character: number) {
    return items(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } }));
  }

  test('a client that expands snippets gets every snippet, kind Snippet; the skeleton carries the newest version of the release', async () => {
    const client = await LspClient.start({ completionSnippets: true, settings: () => ({ debounceMs: 0, release: 'rocky' }) });
    try {
      await client.open(conf, 'magnum-conf', '[DEFAULT]\ndebug = true\n\nmag');
      const confItems = (await complete(client, conf, 3, 3)).filter((i) => i.kind === CompletionItemKind.Snippet);
      assert.deepEqual(confItems.map((i) => i.label), ['magnum-keystone_authtoken', 'magnum-keystone_auth', 'magnum-trust', 'magnum-certificates', 'magnum-cinder', 'magnum-oslo_messaging_notifications']);
      const cinder = confItems.find((i) => i.label === 'magnum-cinder')!;
      assert.equal(cinder.insertTextFormat, InsertTextFormat.Snippet);
      assert.deepEqual(cinder.textEdit && 'range' in cinder.textEdit ? cinder.textEdit.range : undefined, { start: { line: 3, character: 0 }, end: { line: 3, character: 3 } });
      assert.match(cinder.textEdit!.newText, /^\[cinder\]\ndefault_docker_volume_type = \$\{1:VOLUME_TYPE\}/);

      await client.open(template, 'yaml', TEXT);
      const heatItems = (await complete(client, template, 2, 7)).filter((i) => i.kind === CompletionItemKind.Snippet);
      assert.ok(heatItems.length >= 8, JSON.stringify(heatItems.map((i) => i.label)));
      const skeleton = heatItems.find((i) => i.label === 'heat-template')!;
      assert.match(skeleton.textEdit!.newText, /^heat_template_version: 2018-08-31\n/);
      assert.match(String(skeleton.detail), /2018-08-31, the newest version OpenStack rocky knows/);

      await client.open(empty, 'yaml', 'heat');
      const emptyItems = (await complete(client, empty, 0, 4)).filter((i) => i.kind === CompletionItemKind.Snippet);
      assert.deepEqual(emptyItems.map((i) => i.label), ['heat-template'], 'an empty YAML file is offered the skeleton only');
    } finally {
      await client.shutdown();
    }
  });

  test('with the newest release the skeleton has the version of snippets/heat.json; a client without snippet support gets plain text', async () => {
    const client = await LspClient.start();
    try {
      await client.open(template, 'yaml', TEXT);
      const skeleton = (await complete(client, template, 2, 7)).find((i) => i.label === 'heat-template')!;
      assert.equal(skeleton.kind, CompletionItemKind.Snippet);
      assert.equal(skeleton.insertTextFormat, InsertTextFormat.PlainText);
      assert.match(skeleton.textEdit!.newText, /^heat_template_version: 2021-04-16\n\ndescription: What this stack builds\n/);
      assert.ok(!skeleton.textEdit!.newText.includes('$'), skeleton.textEdit!.newText);
    } finally {
      await client.shutdown();
    }
  });

  test('a client with the snippet files of its own (contributedSnippets) gets only what differs from them', async () => {
    const newest = await LspClient.start({ completionSnippets: true, initializationOptions: { contributedSnippets: true } });
    const rocky = await LspClient.start({ completionSnippets: true, initializationOptions: { contributedSnippets: true }, settings: () => ({ debounceMs: 0, release: 'rocky' }) });
    try {
      await newest.open(template, 'yaml', TEXT);
      assert.deepEqual((await complete(newest, template, 2, 7)).filter((i) => i.kind === CompletionItemKind.Snippet), []);
      await rocky.open(template, 'yaml', TEXT);
      assert.deepEqual((await complete(rocky, template, 2, 7)).filter((i) => i.kind === CompletionItemKind.Snippet).map((i) => i.label), ['heat-template']);
    } finally {
      await newest.shutdown();
      await rocky.shutdown();
    }
  });
});

describe('the check log (VS Code: the "Magnum & Heat" output channel)', () => {
  test('one line per check: file, kind, release, driver, findings, time; never a value', async () => {
    const client = await LspClient.start({ settings: () => ({ debounceMs: 0, release: 'stein' }) });
    try {
      await client.open('file:///nonexistent/log/magnum.conf', 'magnum-conf', '[keystone_authtoken]\nauth_uri = http://keystone:5000/v3\npassword = s3cret-value\n');
      const uri = pathToFileURL(resolve(REPO_ROOT, 'test/fixtures/heat/nested/drivers/demo_driver/templates/node.yaml')).toString();
      await client.open(uri, 'yaml', 'heat_template_version: 2018-08-31\nresources: {}\n');
      await client.open('file:///nonexistent/log/notes.yaml', 'yaml', 'a: 1\n');
      const lines = client.logs.filter((l) => /^(not )?checked /.test(l));
      assert.equal(lines.length, 3, client.logs.join('\n'));
      assert.match(lines[0], /^checked \/nonexistent\/log\/magnum\.conf as magnum-conf \(release stein\): 3 warnings in \d+\.\d ms$/);
      assert.match(lines[1], /^checked .*\/demo_driver\/templates\/node\.yaml as heat-template \(release stein, driver demo_driver\): no findings in \d+\.\d ms$/);
      assert.match(lines[2], /^not checked \/nonexistent\/log\/notes\.yaml: the YAML has no top-level heat_template_version/);
      assert.ok(!client.logs.join('\n').includes('s3cret'), 'no value in the log');
    } finally {
      await client.shutdown();
    }
  });
});
