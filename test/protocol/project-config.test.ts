import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { rangeOf } from './helpers';
import { LspClient } from './lsp-client';

const CONF = '[keystone_authtoken]\nauth_uri = http://keystone.example.com:5000/v3\n';
const CONFIG = 'release: 2024.1\nrules:\n  auth-uri-deprecated: error\nignore: [vendor]\n';

describe('.magnum-heat.yaml in the language server', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'mh-lsp-config-'));
  const uri = (...parts: string[]) => pathToFileURL(join(dir, ...parts)).href;
  let client: LspClient;

  before(async () => {
    mkdirSync(join(dir, 'vendor'));
    mkdirSync(join(dir, 'editor'));
    writeFileSync(join(dir, '.magnum-heat.yaml'), CONFIG);
    const editorRules = { debounceMs: 0, rules: { 'auth-uri-deprecated': 'hint' } };
    client = await LspClient.start({ settings: (scope) => (scope?.includes('/editor/') ? editorRules : { debounceMs: 0 }) });
  });
  after(() => client.kill());

  const auth = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'auth-uri-deprecated');

  test('the nearest config file upward sets the severity', async () => {
    const found = auth(await client.open(uri('magnum.conf'), 'magnum-conf', CONF));
    assert.deepEqual(found.map((d) => [d.severity, d.range]), [[DiagnosticSeverity.Error, rangeOf(CONF, 'auth_uri')]]);
  });

  test('editor settings take precedence over the config file', async () => {
    const found = auth(await client.open(uri('editor', 'magnum.conf'), 'magnum-conf', CONF));
    assert.deepEqual(found.map((d) => d.severity), [DiagnosticSeverity.Hint]);
  });

  test('a file matched by ignore gets no diagnostics', async () => {
    assert.deepEqual(await client.open(uri('vendor', 'magnum.conf'), 'magnum-conf', CONF), []);
  });

  test('problems in the config file are diagnostics on it; editing it re-checks the other documents', async () => {
    const bad = `${CONFIG}relase: rocky\n`;
    const recheckedOnOpen = client.nextDiagnostics(uri('magnum.conf'));
    const [problem, ...rest] = await client.open(uri('.magnum-heat.yaml'), 'yaml', bad);
    assert.deepEqual(rest, []);
    assert.deepEqual([problem.code, problem.severity, problem.range], ['project-config-invalid', DiagnosticSeverity.Error, rangeOf(bad, 'relase')]);
    assert.equal(auth((await recheckedOnOpen).diagnostics)[0].severity, DiagnosticSeverity.Error);
    const recheckedOnEdit = client.nextDiagnostics(uri('magnum.conf'));
    await client.change(uri('.magnum-heat.yaml'), 2, CONFIG.replace('auth-uri-deprecated: error', 'auth-uri-deprecated: off'));
    assert.deepEqual(auth((await recheckedOnEdit).diagnostics), [], 'the unsaved buffer of the config file applies');
  });
});
