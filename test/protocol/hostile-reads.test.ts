/**
 * The language server reads other files only inside the workspace folders the client named (issue 16,
 * README "What the engine reads"), for diagnostics and for go to definition alike.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { DefinitionRequest, DidChangeWorkspaceFoldersNotification, type Diagnostic, type Location } from 'vscode-languageserver-protocol/node';
import { rangeOf } from './helpers';
import { LspClient } from './lsp-client';
import { expectedMessages, heads, outsideTree, readingOutside } from '../support/outside-tree';

const uri = (path: string) => pathToFileURL(path).href;
const RULES = new Set(['nested-parameter-mismatch', 'missing-registry-file']);
const brief = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => RULES.has(String(d.code))).map((d) => [d.severity, d.message]);
const warnings = (messages: string[]) => messages.map((m) => [2, m]);

describe('cross-file reads over LSP stay inside the workspace', { timeout: 60_000 }, () => {
  const tree = outsideTree();
  const expected = expectedMessages(tree, uri);

  test('workspace folders from initialize: ../, absolute paths, the symlinked environments folder and did-you-mean stay inside', async () => {
    const client = await LspClient.start({ workspaceFolders: [uri(tree.ws)] });
    after(() => client.kill());
    assert.deepEqual(brief(await client.open(uri(tree.template), 'yaml', tree.templateText)), warnings(expected.template));
    const environment = await client.open(uri(tree.environment), 'yaml', tree.environmentText);
    assert.deepEqual(brief(environment), warnings(expected.environment));
    assert.deepEqual(environment.find((d) => d.code === 'missing-registry-file')?.range, rangeOf(tree.environmentText, '../outside/nestd.yaml'));
    assert.deepEqual(brief(await client.open(uri(tree.cluster), 'yaml', tree.clusterText)), warnings(expected.cluster));
  });

  test('a workspace folder added later widens the boundary, and every document is checked again', async () => {
    const client = await LspClient.start({ workspaceFolders: [uri(tree.ws)] });
    after(() => client.kill());
    assert.deepEqual(brief(await client.open(uri(tree.template), 'yaml', tree.templateText)), warnings(expected.template));
    const republished = client.nextDiagnostics(uri(tree.template), 1);
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [{ uri: uri(tree.root), name: 'root' }], removed: [] } });
    assert.deepEqual(heads(brief((await republished).diagnostics).map(([, message]) => message)), readingOutside(tree));
  });

  test('a document in no workspace folder may still read the workspace folders', async () => {
    const client = await LspClient.start({ workspaceFolders: [uri(tree.outside)] });
    after(() => client.kill());
    const found = brief(await client.open(uri(tree.template), 'yaml', tree.templateText));
    assert.deepEqual(heads(found.map(([, message]) => message)), readingOutside(tree));
  });

  test('go to definition does not open a nested template outside the workspace', async () => {
    const client = await LspClient.start({ workspaceFolders: [uri(tree.ws)] });
    after(() => client.kill());
    await client.open(uri(tree.template), 'yaml', tree.templateText);
    const found = await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: uri(tree.template) }, position: rangeOf(tree.templateText, 'nested.yaml').start,
    }) as Location[] | null;
    assert.deepEqual(found ?? [], []);
  });

  test('no workspace folder: the folder of the .magnum-heat.yaml bounds the reads; an open editor buffer is read wherever it is', async () => {
    const client = await LspClient.start();
    after(() => client.kill());
    assert.deepEqual(brief(await client.open(uri(tree.template), 'yaml', tree.templateText)), warnings(expected.template));
    const nested = join(tree.outside, 'nested.yaml');
    await client.open(uri(nested), 'yaml', 'heat_template_version: 2018-08-31\nparameters:\n  buffer_param:\n    type: string\n');
    const again = await client.change(uri(tree.template), 2, tree.templateText);
    assert.deepEqual(heads(brief(again).map(([, message]) => message)), readingOutside(tree, 'buffer_param'));
  });
});
