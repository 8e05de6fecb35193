import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DidChangeConfigurationNotification, DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lsp-client';

const TEXT = '[keystone_authtoken]\nauth_uri = http://keystone.example.com:5000/v3\n';
const OFF_URI = 'file:///tmp/off/magnum.conf';
const ERROR_URI = 'file:///tmp/error/magnum.conf';
const ROCKY_URI = 'file:///tmp/rocky/magnum.conf';
const DEBOUNCE_URI = 'file:///tmp/debounce/magnum.conf';
const CHANGING_URI = 'file:///tmp/changing/magnum.conf';
const WILDCARD_URI = 'file:///tmp/wildcard/magnum.conf';

/** Settings chosen per document, answered through workspace/configuration. */
const SETTINGS: Record<string, Record<string, unknown>> = {
  [OFF_URI]: { debounceMs: 0, release: '2024.1', rules: { 'auth-uri-deprecated': 'off' } },
  [ERROR_URI]: { debounceMs: 0, release: '2024.1', rules: { 'auth-uri-deprecated': 'error' } },
  [ROCKY_URI]: { debounceMs: 0, release: 'rocky' },
  [DEBOUNCE_URI]: { debounceMs: 100 },
  [CHANGING_URI]: { debounceMs: 0 },
  // No .magnum-heat.yaml above /tmp/wildcard: the editor's own `*` must work as the CLI's --rule '*=off'.
  [WILDCARD_URI]: { debounceMs: 0, rules: { '*': 'off', 'duplicate-option': 'warning' } },
};

describe('settings from workspace/configuration', { timeout: 30_000 }, () => {
  let client: LspClient;

  before(async () => {
    client = await LspClient.start({ settings: (scopeUri) => SETTINGS[scopeUri ?? ''] ?? { debounceMs: 0 } });
  });
  after(() => client.kill());

  test("rules: { 'auth-uri-deprecated': 'off' } silences the rule", async () => {
    const diagnostics = await client.open(OFF_URI, 'magnum-conf', TEXT);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'auth-uri-deprecated'), []);
  });

  test("rules: { '*': 'off' } silences every rule without a config file; a rule named beside it still runs", async () => {
    const diagnostics = await client.open(WILDCARD_URI, 'magnum-conf', `${TEXT}auth_uri = http://keystone.example.com:5000/v3\n`);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['duplicate-option', 1]]);
  });

  test("rules: { 'auth-uri-deprecated': 'error' } raises its severity to Error", async () => {
    const diagnostics = await client.open(ERROR_URI, 'magnum-conf', TEXT);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'auth-uri-deprecated');
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Error);
  });

  test('release rocky prefers keeping both keys', async () => {
    const [d] = await client.open(ROCKY_URI, 'magnum-conf', TEXT);
    assert.equal(d.code, 'auth-uri-deprecated');
    const actions = await client.codeActions(ROCKY_URI, d.range, [d]);
    assert.ok(actions);
    const preferred = actions.filter((a) => 'isPreferred' in a && a.isPreferred);
    assert.equal(preferred.length, 1);
    assert.match(preferred[0].title, /keep auth_uri/);
  });

  test('with a debounce, quick successive edits publish once, for the newest version', async () => {
    assert.equal((await client.open(DEBOUNCE_URI, 'magnum-conf', TEXT)).length, 1, 'opening checks at once');
    const first = client.nextDiagnostics(DEBOUNCE_URI);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: DEBOUNCE_URI, version: 2 }, contentChanges: [{ text: '[keystone_authtoken]\n' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: DEBOUNCE_URI, version: 3 }, contentChanges: [{ text: `${TEXT}auth_uri = x\n` }] });
    const published = await first;
    assert.equal(published.version, 3);
    assert.equal(published.diagnostics.filter((d) => d.code === 'auth-uri-deprecated').length, 2);
  });

  test('workspace/didChangeConfiguration re-reads the settings and re-checks open documents', async () => {
    assert.equal((await client.open(CHANGING_URI, 'magnum-conf', TEXT)).length, 1);
    SETTINGS[CHANGING_URI] = { debounceMs: 0, rules: { 'auth-uri-deprecated': 'off' } };
    const republished = client.nextDiagnostics(CHANGING_URI);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual((await republished).diagnostics, []);
  });

  test('shutdown and exit end the server with code 0', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});

describe('settings from initializationOptions (no workspace/configuration)', { timeout: 30_000 }, () => {
  let client: LspClient;

  before(async () => {
    client = await LspClient.start({
      configuration: false,
      initializationOptions: { magnumHeat: { debounceMs: 0, rules: { 'auth-uri-deprecated': 'hint' } } },
    });
  });
  after(() => client.kill());

  test('the rule severity comes from initializationOptions', async () => {
    const diagnostics = await client.open('file:///tmp/init/magnum.conf', 'magnum-conf', TEXT);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Hint);
    assert.deepEqual(client.configurationRequests, []);
  });

  test('edits are re-checked after the debounce from initializationOptions', async () => {
    const uri = 'file:///tmp/init/magnum.conf';
    assert.deepEqual(await client.change(uri, 2, '[keystone_authtoken]\n'), []);
    assert.equal((await client.change(uri, 3, TEXT)).length, 1);
  });

  test('shutdown and exit end the server with code 0', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
