import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { rangeOf } from './helpers';
import { LspClient, REPO_ROOT } from './lsp-client';

// The `environments:` of a .magnum-heat.yaml, end to end through the language server: the template's
// nested parameter comes from the environment's parameter_defaults, its custom type from its registry.
const PROJECT = resolve(REPO_ROOT, 'test', 'fixtures', 'heat-environments');
const uri = (...parts: string[]) => pathToFileURL(join(PROJECT, ...parts)).href;
const read = (...parts: string[]) => readFileSync(join(PROJECT, ...parts), 'utf8');

describe('environments named in .magnum-heat.yaml, in the language server', { timeout: 30_000 }, () => {
  const top = read('templates', 'top.yaml');
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.kill());

  test('what the environment supplies is not reported', async () => {
    assert.deepEqual(await client.open(uri('templates', 'top.yaml'), 'yaml', top), []);
  });

  test('an edited config buffer without the environment: the template is re-checked, and both become warnings', async () => {
    const rechecked = client.nextDiagnostics(uri('templates', 'top.yaml'));
    await client.open(uri('.magnum-heat.yaml'), 'yaml', 'environments: []\n');
    const found = (await rechecked).diagnostics.map((d) => [d.code, d.severity, d.range]);
    assert.deepEqual(found, [
      ['unknown-resource-type', DiagnosticSeverity.Warning, rangeOf(top, 'OS::Site::Service')],
      ['nested-parameter-mismatch', DiagnosticSeverity.Warning, rangeOf(top, 'database.yaml')],
    ]);
  });

  test('the config buffer back as on disk: nothing reported again', async () => {
    const rechecked = client.nextDiagnostics(uri('templates', 'top.yaml'));
    await client.change(uri('.magnum-heat.yaml'), 2, read('.magnum-heat.yaml'));
    assert.deepEqual((await rechecked).diagnostics, []);
  });
});
