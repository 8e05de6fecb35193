import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CompletionItemKind, InsertTextFormat, TextEdit, type CompletionItem, type Position,
} from 'vscode-languageserver-protocol/node';
import { completeConf } from './helpers';
import { LspClient } from './lsp-client';

const ROCKY = 'file:///tmp/completion/rocky/magnum.conf';

describe('magnum.conf completion over LSP', { timeout: 30_000 }, () => {
  let client: LspClient;

  before(async () => {
    client = await LspClient.start({ settings: (uri) => ({ debounceMs: 0, ...(uri === ROCKY ? { release: 'rocky' } : {}) }) });
  });
  after(() => client.kill());

  const complete = (uri: string, text: string, position: Position): Promise<CompletionItem[]> => completeConf(client, uri, text, position);

  test('initialize advertises completion with [ and = as trigger characters', () => {
    const triggers = client.initializeResult?.capabilities.completionProvider?.triggerCharacters ?? [];
    assert.ok(triggers.includes('[') && triggers.includes('='));
  });

  test('section names after [, as modules replacing the typed name', async () => {
    const items = await complete('file:///tmp/completion/sections/magnum.conf', '[DEFAULT]\n[oslo_m', { line: 1, character: 7 });
    const rabbit = items.find((i) => i.label === 'oslo_messaging_rabbit');
    assert.ok(rabbit);
    assert.equal(rabbit.kind, CompletionItemKind.Module);
    assert.deepEqual(rabbit.textEdit, TextEdit.replace({ start: { line: 1, character: 1 }, end: { line: 1, character: 7 } }, 'oslo_messaging_rabbit]'));
  });

  test('option names as snippets with their default, detail and documentation', async () => {
    const items = await complete('file:///tmp/completion/options/magnum.conf', '[api]\npo\n', { line: 1, character: 2 });
    const port = items.find((i) => i.label === 'port');
    assert.ok(port);
    assert.equal(port.kind, CompletionItemKind.Property);
    assert.equal(port.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(port.detail, 'PortOpt · default 9511');
    assert.deepEqual(port.textEdit, TextEdit.replace({ start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, 'port = ${1:9511}'));
    assert.deepEqual(port.documentation && typeof port.documentation === 'object' ? port.documentation.kind : undefined, 'markdown');
  });

  test('enum values after =', async () => {
    const items = await complete('file:///tmp/completion/values/magnum.conf', '[oslo_messaging_rabbit]\nkombu_failover_strategy = ', { line: 1, character: 26 });
    assert.deepEqual(items.map((i) => [i.label, i.kind]), [['round-robin', CompletionItemKind.Value], ['shuffle', CompletionItemKind.Value]]);
  });

  test('magnumHeat.release changes the options offered', async () => {
    const text = '[cinder]\ndefault_\n';
    const newest = await complete('file:///tmp/completion/newest/magnum.conf', text, { line: 1, character: 8 });
    const rocky = await complete(ROCKY, text, { line: 1, character: 8 });
    assert.ok(newest.some((i) => i.label === 'default_boot_volume_size'));
    assert.ok(!rocky.some((i) => i.label === 'default_boot_volume_size'));
    assert.ok(rocky.some((i) => i.label === 'default_docker_volume_type'));
  });
});
