import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity, DiagnosticTag, MarkupContent } from 'vscode-languageserver-protocol/node';
import { assertOurDiagnostic, preferredQuickFix } from './helpers';
import { applyTextEdits, LspClient } from './lsp-client';

const URI = 'file:///tmp/x/magnum.conf';
const TEXT = '[keystone_authtoken]\nauth_uri = http://keystone.example.com:5000/v3\n';

describe('magnum.conf over LSP', { timeout: 30_000 }, () => {
  let client: LspClient;

  before(async () => {
    client = await LspClient.start({ settings: () => ({ debounceMs: 0 }) });
  });
  after(() => client.kill());

  test('initialize advertises hover, quick fixes and incremental sync', () => {
    const capabilities = client.initializeResult?.capabilities;
    assert.ok(capabilities);
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.magnumHeat'] });
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
  });

  test('auth_uri: one auth-uri-deprecated diagnostic on the key, quick fix renames it, diagnostic goes', async () => {
    const diagnostics = await client.open(URI, 'magnum-conf', TEXT);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [d] = diagnostics;
    assertOurDiagnostic(d, 'auth-uri-deprecated', { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } });
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(d.tags, [DiagnosticTag.Deprecated]);
    assert.ok(client.configurationRequests.some((r) => r.section === 'magnumHeat' && r.scopeUri === URI), 'settings pulled through workspace/configuration');

    const actions = await client.codeActions(URI, d.range, [d]);
    const { action, edits } = preferredQuickFix(actions, d, URI, 1);
    assert.match(action.title, /Rename auth_uri to www_authenticate_uri/);

    const fixed = applyTextEdits(TEXT, edits);
    assert.equal(fixed, '[keystone_authtoken]\nwww_authenticate_uri = http://keystone.example.com:5000/v3\n');
    assert.deepEqual(await client.change(URI, 2, fixed), []);
  });

  test('a fix computed for an older version is not offered', async () => {
    const uri = 'file:///tmp/x/stale/magnum.conf';
    const [d] = await client.open(uri, 'magnum-conf', TEXT);
    assert.equal(d.code, 'auth-uri-deprecated');
    const next = await client.change(uri, 2, `# comment\n${TEXT}`);
    assert.equal(next.length, 1);
    assert.deepEqual(await client.codeActions(uri, d.range, [d]), []);
    const actions = await client.codeActions(uri, next[0].range, next);
    assert.equal(preferredQuickFix(actions, next[0], uri, 2).action.title, 'Rename auth_uri to www_authenticate_uri');
  });

  test('hover on auth_uri explains the option and its deprecation', async () => {
    const uri = 'file:///tmp/x/hover/magnum.conf';
    await client.open(uri, 'magnum-conf', TEXT);
    const hover = await client.hover(uri, { line: 1, character: 3 });
    assert.ok(hover, 'hover answered');
    assert.ok(MarkupContent.is(hover.contents), 'markup content');
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /keystone_authtoken/);
    assert.match(hover.contents.value, /deprecated/i);
    assert.deepEqual(hover.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } });
  });

  test('shutdown and exit end the server with code 0', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
