/**
 * The server features behind the VS Code extension's polish: "disable" and "show documentation"
 * code actions, fix-all (as a quick fix and as source.fixAll.magnumHeat), the document status
 * request, `run: onSave` and `templateGlobs`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Command, Diagnostic, Range, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol/node';
import { isCodeAction } from './helpers';
import { applyTextEdits, LspClient } from './lsp-client';

const CONF = '[keystone_authtoken]\nauth_uri = http://keystone.example.com:5000/v3\n';
const HEAT = [
  'heat_template_version: 2018-08-31',
  'resources:',
  '  server:',
  '    type: OS::Nova::Server',
  '    properties:',
  '      image: {get_param: image}',
  '      flavor: {get_param: flavor}',
  '',
].join('\n');

type Settings = Record<string, unknown>;

function actionsOf(result: Array<Command | CodeAction> | null): CodeAction[] {
  assert.ok(result, 'codeAction answered with a list');
  return result.filter(isCodeAction);
}

function byTitle(actions: CodeAction[], title: string): CodeAction {
  const found = actions.find((a) => a.title === title);
  assert.ok(found, `'${title}' among ${JSON.stringify(actions.map((a) => a.title))}`);
  return found;
}

/** The edits of an action's single TextDocumentEdit for `uri`. */
function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const changes = action.edit?.documentChanges;
  assert.ok(changes && changes.length === 1, 'one document change');
  const change = changes[0] as TextDocumentEdit;
  assert.equal(change.textDocument.uri, uri);
  return change.edits as TextEdit[];
}

describe('editor actions over LSP', { timeout: 30_000 }, () => {
  let client: LspClient;
  let settings: Settings = { debounceMs: 0 };

  const codeActions = (uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]) =>
    client.connection.sendRequest<Array<Command | CodeAction> | null>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  const status = (uri: string) => client.connection.sendRequest<Record<string, unknown> | null>('magnumHeat/documentStatus', { uri });
  const changeSettings = (next: Settings) => {
    settings = next;
    return client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { magnumHeat: next } });
  };

  before(async () => {
    client = await LspClient.start({ settings: () => settings });
  });
  after(() => client.kill());

  test('magnum.conf: disable for this line, for this file, and show documentation', async () => {
    const uri = 'file:///tmp/e/disable/magnum.conf';
    const [d] = await client.open(uri, 'magnum-conf', CONF);
    assert.equal(d.code, 'auth-uri-deprecated');
    const actions = actionsOf(await codeActions(uri, d.range, [d]));
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
      ['Rename auth_uri to www_authenticate_uri', 'quickfix', true],
      ['Disable auth-uri-deprecated for this line', 'quickfix', false],
      ['Disable auth-uri-deprecated for this file', 'quickfix', false],
      ['Show documentation for auth-uri-deprecated', 'quickfix', false],
    ]);
    const line = byTitle(actions, 'Disable auth-uri-deprecated for this line');
    assert.equal(applyTextEdits(CONF, editsOf(line, uri)), '[keystone_authtoken]\n# magnum-heat-disable-next-line auth-uri-deprecated\nauth_uri = http://keystone.example.com:5000/v3\n');
    const file = byTitle(actions, 'Disable auth-uri-deprecated for this file');
    assert.equal(applyTextEdits(CONF, editsOf(file, uri)), `# magnum-heat-disable auth-uri-deprecated\n${CONF}`);
    const docs = byTitle(actions, 'Show documentation for auth-uri-deprecated');
    assert.equal(docs.edit, undefined);
    assert.deepEqual(docs.command, { title: 'Show documentation for auth-uri-deprecated', command: 'magnumHeat.showRuleDocumentation', arguments: ['auth-uri-deprecated'] });
  });

  test('Heat: the line comment takes the line\'s indentation; an existing comment is extended', async () => {
    const uri = 'file:///tmp/e/disable/template.yaml';
    const diagnostics = await client.open(uri, 'yaml', HEAT);
    const flavor = diagnostics.find((d) => d.code === 'undefined-parameter' && d.range.start.line === 6);
    assert.ok(flavor, JSON.stringify(diagnostics));
    const line = byTitle(actionsOf(await codeActions(uri, flavor.range, [flavor])), 'Disable undefined-parameter for this line');
    assert.deepEqual(editsOf(line, uri), [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, newText: '      # magnum-heat-disable-next-line undefined-parameter\n' }]);

    const commented = HEAT
      .replace('      flavor:', '      # magnum-heat-disable-next-line other-rule -- kept on purpose\n      flavor:')
      .replace('heat_template_version', '# magnum-heat-disable other-rule\nheat_template_version');
    const next = await client.change(uri, 2, commented);
    const moved = next.find((d) => d.code === 'undefined-parameter' && d.range.start.line === 8);
    assert.ok(moved, JSON.stringify(next));
    const actions = actionsOf(await codeActions(uri, moved.range, [moved]));
    assert.equal(
      applyTextEdits(commented, editsOf(byTitle(actions, 'Disable undefined-parameter for this line'), uri)),
      commented.replace('other-rule -- kept on purpose', 'other-rule, undefined-parameter -- kept on purpose'),
    );
    assert.equal(
      applyTextEdits(commented, editsOf(byTitle(actions, 'Disable undefined-parameter for this file'), uri)),
      commented.replace('# magnum-heat-disable other-rule\n', '# magnum-heat-disable other-rule, undefined-parameter\n'),
    );
  });

  test('fix all: offered as a quick fix when several problems are fixable, and as source.fixAll.magnumHeat', async () => {
    const uri = 'file:///tmp/e/fixall/template.yaml';
    const diagnostics = await client.open(uri, 'yaml', HEAT);
    const undefinedParameters = diagnostics.filter((d) => d.code === 'undefined-parameter');
    assert.equal(undefinedParameters.length, 2, JSON.stringify(diagnostics));
    const fixed = HEAT.replace('resources:', 'parameters:\n  image:\n    type: string\n  flavor:\n    type: string\n\nresources:');

    const quick = byTitle(actionsOf(await codeActions(uri, undefinedParameters[0].range, [undefinedParameters[0]])), 'Fix all auto-fixable problems');
    assert.equal(quick.kind, 'quickfix');
    assert.equal(applyTextEdits(HEAT, editsOf(quick, uri)), fixed);

    const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    for (const only of [['source.fixAll.magnumHeat'], ['source.fixAll'], ['source']]) {
      const actions = actionsOf(await codeActions(uri, zero, [], only));
      assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all auto-fixable problems', 'source.fixAll.magnumHeat']], `only ${only}`);
      assert.equal(applyTextEdits(HEAT, editsOf(actions[0], uri)), fixed);
    }
    assert.deepEqual(await codeActions(uri, zero, [], ['refactor']), []);
    assert.deepEqual(await client.change(uri, 2, fixed), []);
    assert.deepEqual(await codeActions(uri, zero, [], ['source.fixAll.magnumHeat']), [], 'nothing left to fix');
  });

  test('no fix-all quick fix for a single fixable problem; no actions for stale diagnostics', async () => {
    const uri = 'file:///tmp/e/single/magnum.conf';
    const [d] = await client.open(uri, 'magnum-conf', CONF);
    const titles = actionsOf(await codeActions(uri, d.range, [d])).map((a) => a.title);
    assert.ok(!titles.includes('Fix all auto-fixable problems'), JSON.stringify(titles));
    await client.change(uri, 2, `# a comment\n${CONF}`);
    assert.deepEqual(await codeActions(uri, d.range, [d]), []);
  });

  test('documentStatus explains what a document is, with release and driver', async () => {
    const conf = 'file:///tmp/e/status/magnum.conf';
    await client.open(conf, 'magnum-conf', CONF);
    assert.deepEqual(await status(conf), {
      checked: true, kind: 'magnum-conf', release: '2026.1', run: 'onType',
      reason: 'Checked as magnum.conf: the file has the "Magnum config" language (magnum.conf, magnum.conf.sample or a .conf file in a magnum folder).',
    });
    const template = 'file:///tmp/e/status/drivers/swarm_fedora_atomic_v2/templates/swarmcluster.yaml';
    await client.open(template, 'yaml', HEAT);
    assert.deepEqual(await status(template), {
      checked: true, kind: 'heat-template', release: '2026.1', run: 'onType', driver: 'swarm_fedora_atomic_v2', driverSource: 'path',
      reason: 'Checked as a Heat template: it has a top-level heat_template_version.',
    });
    const plain = 'file:///tmp/e/status/compose.yaml';
    assert.deepEqual(await client.open(plain, 'yaml', 'services:\n  web:\n    image: nginx\n'), []);
    assert.deepEqual(await status(plain), {
      checked: false, release: '2026.1', run: 'onType',
      reason: 'Not checked: the YAML has no top-level heat_template_version and is not a Heat environment.',
    });
    assert.equal(await status('file:///tmp/e/status/never-opened.yaml'), null);

    await changeSettings({ debounceMs: 0, release: 'rocky', driver: 'k8s_fedora_atomic_v1' });
    await client.nextDiagnostics(template);
    assert.deepEqual(await status(template), {
      checked: true, kind: 'heat-template', release: 'rocky', run: 'onType', driver: 'k8s_fedora_atomic_v1', driverSource: 'setting',
      reason: 'Checked as a Heat template: it has a top-level heat_template_version.',
    });
    await changeSettings({ debounceMs: 0 });
    await client.nextDiagnostics(template);
  });

  test('templateGlobs: a matching YAML is a Heat template without heat_template_version', async () => {
    const uri = 'file:///tmp/e/globs/nested/volume.yaml';
    const text = 'resources:\n  v:\n    type: OS::Cinder::Volume\n    properties:\n      size: 1\n      flavor_ref: {get_param: missing}\n';
    assert.deepEqual(await client.open(uri, 'yaml', text), []);
    const published = client.nextDiagnostics(uri);
    await changeSettings({ debounceMs: 0, templateGlobs: ['nested/*.yaml'] });
    const diagnostics = (await published).diagnostics;
    assert.ok(diagnostics.some((d) => d.code === 'undefined-parameter'), JSON.stringify(diagnostics));
    assert.equal((await status(uri))?.reason, "Checked as a Heat template: its path matches 'nested/*.yaml' in magnumHeat.templateGlobs.");
    const cleared = client.nextDiagnostics(uri);
    await changeSettings({ debounceMs: 0 });
    assert.deepEqual((await cleared).diagnostics, []);
  });

  test('run: onSave checks when the document is saved, not on each edit', async () => {
    await changeSettings({ debounceMs: 0, run: 'onSave' });
    const uri = 'file:///tmp/e/onsave/magnum.conf';
    assert.equal((await client.open(uri, 'magnum-conf', CONF)).length, 1, 'an opened document is checked at once');
    const clean = CONF.replace('auth_uri', 'www_authenticate_uri');
    for (const [version, text] of [[2, clean], [3, CONF], [4, clean]] as const) {
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      assert.equal((await status(uri))?.run, 'onSave'); // a round trip: the server has handled the change
    }
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const next = await client.nextDiagnostics(uri);
    assert.equal(next.version, 4, 'the first publish after opening is the saved version');
    assert.deepEqual(next.diagnostics, []);
    await changeSettings({ debounceMs: 0 });
  });
});
