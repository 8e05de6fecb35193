import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocumentEdit, type CodeAction } from 'vscode-languageserver-protocol/node';
import { isCodeAction } from './helpers';
import { LspClient } from './lsp-client';

const TEXT = '[DEFAULT]\ntransport_url = rabbit://openstack:RABBIT_PASS@rabbit.example.com\n\n[cinder]\n';
const RANGE = { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } };

async function placeholderFix(client: LspClient, uri: string): Promise<CodeAction> {
  const diagnostics = await client.open(uri, 'magnum-conf', TEXT);
  const d = diagnostics.find((x) => x.code === 'docker-volume-type-empty');
  assert.ok(d, JSON.stringify(diagnostics));
  const actions = (await client.codeActions(uri, d.range, [d]) ?? []).filter(isCodeAction);
  const action = actions.find((a) => a.title === 'Set default_docker_volume_type to a Cinder volume type');
  assert.ok(action, JSON.stringify(actions.map((a) => a.title)));
  return action;
}

describe('a fix with a placeholder over LSP', { timeout: 30_000 }, () => {
  let snippets: LspClient;
  let plain: LspClient;

  before(async () => {
    const settings = () => ({ debounceMs: 0, release: 'zed' });
    snippets = await LspClient.start({ settings, snippetEdits: true });
    plain = await LspClient.start({ settings });
  });
  after(() => {
    snippets.kill();
    plain.kill();
  });

  test('a client that takes snippet edits gets a tab stop on the placeholder', async () => {
    const action = await placeholderFix(snippets, 'file:///tmp/snippet/magnum.conf');
    const [change] = action.edit!.documentChanges!;
    assert.ok(TextDocumentEdit.is(change));
    assert.deepEqual(change.edits, [{ range: RANGE, snippet: { kind: 'snippet', value: 'default_docker_volume_type = ${1:VOLUME_TYPE}\n' } }]);
  });

  test('other clients get the plain text', async () => {
    const action = await placeholderFix(plain, 'file:///tmp/plain/magnum.conf');
    const [change] = action.edit!.documentChanges!;
    assert.ok(TextDocumentEdit.is(change));
    assert.deepEqual(change.edits, [{ range: RANGE, newText: 'default_docker_volume_type = VOLUME_TYPE\n' }]);
  });
});
