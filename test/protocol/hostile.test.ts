/** A hostile client or document against the server (issue 16): framing, secrets in data, positions. */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, describe, test } from 'node:test';
import { CodeActionResolveRequest, CompletionRequest, DefinitionRequest, ReferencesRequest, type CodeAction, type Diagnostic, type Position } from 'vscode-languageserver-protocol/node';
import { isCodeAction } from './helpers';
import { LspClient } from './lsp-client';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('framing', { timeout: 30_000 }, () => {
  for (const [name, bad] of [
    ['a non-numeric Content-Length', 'Content-Length: abc\r\n\r\n{}'],
    ['no Content-Length', 'Content-Type: application/json\r\n\r\n{}'],
    ['a header line without ":"', 'hello\r\n\r\n'],
  ]) {
    test(`${name}: the server says why on stderr and exits, instead of going silent`, async () => {
      const client = await LspClient.start();
      const exited = once(client.child, 'exit');
      client.child.stdin.write(bad);
      const [code] = await exited;
      assert.equal(code, 1);
      assert.match(client.stderr, /^magnum-heat-language-server: cannot read the client's messages any more \(.+\); exiting$/m);
      client.kill();
    });
  }

  test('a well-framed body that is not JSON is logged and the next request is answered', async () => {
    const client = await LspClient.start();
    after(() => client.kill());
    client.child.stdin.write(frame('{not json'));
    const items = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///nowhere.conf' }, position: { line: 0, character: 0 } });
    assert.deepEqual(items, []);
    assert.match(client.stderr, /ignored an unreadable message/);
    assert.equal(client.isRunning, true);
  });
});

const URI = 'file:///tmp/hostile/magnum.conf';
const CONF = '[DEFAULT]\nsql_connection = mysql+pymysql://magnum:s3cr@t/x@db.example.com/magnum\n';
const moved = (d: Diagnostic) => d.code === 'deprecated-option';

describe('secrets stay out of Diagnostic.data', { timeout: 30_000 }, () => {
  test('the fix copying a password is published without its edits; the quick fix still applies it', async () => {
    const client = await LspClient.start();
    after(() => client.kill());
    const diagnostics = await client.open(URI, 'magnum-conf', CONF);
    assert.doesNotMatch(JSON.stringify(diagnostics), /s3cr/);
    const diagnostic = diagnostics.find(moved)!;
    const actions = (await client.codeActions(URI, diagnostic.range, [diagnostic]))!.filter(isCodeAction);
    const fix = actions.find((a) => a.isPreferred)!;
    // A client that cannot resolve has no other way to apply it: the edit comes with the answer.
    assert.match(JSON.stringify(fix.edit), /connection = mysql\+pymysql:\/\/magnum:s3cr@t\/x@db\.example\.com\/magnum/);
  });

  test('a client that resolves code actions gets the edit only from codeAction/resolve', async () => {
    const client = await LspClient.start({ resolveEdits: true });
    after(() => client.kill());
    assert.equal((client.initializeResult?.capabilities.codeActionProvider as { resolveProvider?: boolean }).resolveProvider, true);
    const diagnostics = await client.open(URI, 'magnum-conf', CONF);
    const diagnostic = diagnostics.find(moved)!;
    const fix = (await client.codeActions(URI, diagnostic.range, [diagnostic]))!.filter(isCodeAction).find((a) => a.isPreferred)!;
    assert.equal(fix.edit, undefined);
    assert.doesNotMatch(JSON.stringify(fix), /s3cr/);
    const resolved: CodeAction = await client.connection.sendRequest(CodeActionResolveRequest.type, fix);
    assert.match(JSON.stringify(resolved.edit), /magnum:s3cr@t\/x@db/);
  });
});

describe('client positions are clamped', { timeout: 30_000 }, () => {
  test('"Disable for this line" for a range at line 1e9, -1 or 1.5 edits a real line', async () => {
    const client = await LspClient.start();
    after(() => client.kill());
    const text = '[DEFAULT]\ndebug = maybe\n';
    const [real] = await client.open(URI, 'magnum-conf', text);
    for (const line of [1e9, -1, 1.5]) {
      const range = { start: { line, character: 0.5 }, end: { line, character: 3 } };
      const actions = (await client.codeActions(URI, range, [{ ...real, range }]))!.filter(isCodeAction);
      const disable = actions.find((a) => a.title === `Disable ${String(real.code)} for this line`)!;
      const edit = (disable.edit!.documentChanges![0] as { edits: Array<{ range: { start: { line: number; character: number } } }> }).edits[0];
      const expected = line === 1e9 ? 2 : line === -1 ? 0 : 1;
      assert.deepEqual(edit.range.start, { line: expected, character: 0 }, `line ${line}`);
    }
  });

  test('go to definition and references at fractional or out-of-range positions answer as at the clamped position', async () => {
    const client = await LspClient.start();
    after(() => client.kill());
    const uri = 'file:///tmp/hostile/navigation.yaml';
    // No final line break: the end of the text is the end of the last `flavor`.
    const text = 'heat_template_version: 2018-08-31\nparameters:\n  flavor:\n    type: string\nresources:\n  server:\n    type: OS::Nova::Server\n    properties:\n      flavor:\n        get_param: flavor';
    await client.open(uri, 'yaml', text);
    const definition = (position: unknown) => client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: position as Position });
    const references = (position: unknown) => client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: position as Position, context: { includeDeclaration: true } });
    const declaration = [{ uri, range: { start: { line: 2, character: 2 }, end: { line: 2, character: 8 } } }];
    assert.deepEqual(await definition({ line: 9, character: 20 }), declaration);
    for (const position of [{ line: 9.5, character: 20.5 }, { line: 9, character: 20.9 }, { line: 9, character: 1e9 }, { line: 1e9, character: 1e9 }]) {
      assert.deepEqual(await definition(position), declaration, JSON.stringify(position));
    }
    const uses = await references({ line: 2, character: 3 });
    assert.deepEqual(uses?.map((l) => l.range.start), [{ line: 2, character: 2 }, { line: 9, character: 19 }]);
    assert.deepEqual(await references({ line: 2.5, character: 3.5 }), uses);
    // -1, a string or null count as 0: the start of the document, where nothing is defined.
    for (const position of [{ line: -1, character: -1 }, { line: '2', character: null }, { line: 2.5 }]) {
      assert.deepEqual([await definition(position), await references(position)], [[], []], JSON.stringify(position));
    }
    assert.equal(client.isRunning, true);
    assert.doesNotMatch(client.stderr + client.logs.join('\n'), /failed/);
  });

  test('completion at a fractional position never answers character: null', async () => {
    const client = await LspClient.start();
    after(() => client.kill());
    await client.open(URI, 'magnum-conf', '[DEFAULT]\ndeb\n');
    const items = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: { line: 1.5, character: 2.5 } });
    const list = Array.isArray(items) ? items : items?.items ?? [];
    assert.ok(list.length > 0);
    assert.doesNotMatch(JSON.stringify(list), /null/);
  });
});
