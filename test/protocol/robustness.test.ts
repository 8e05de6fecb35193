import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { assertServerAlive } from './helpers';
import { LspClient } from './lsp-client';

const CONF_URI = 'file:///tmp/x/magnum.conf';
const CONF = '[keystone_authtoken]\nauth_uri = http://keystone.example.com:5000/v3\n';

/** Deterministic "random" bytes (a linear congruential generator), decoded leniently as UTF-8. */
function garbage(length: number, seed: number): string {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = x >> 16;
  }
  return bytes.toString('utf8');
}

describe('the server survives bad input', { timeout: 30_000 }, () => {
  let client: LspClient;

  before(async () => {
    client = await LspClient.start({ settings: () => ({ debounceMs: 0 }) });
    await client.open(CONF_URI, 'magnum-conf', CONF);
  });
  after(() => client.kill());

  const assertAlive = () => assertServerAlive(client, CONF_URI, { line: 1, character: 2 }, /keystone_authtoken/);

  test('codeAction for a document that was never opened', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const diagnostic = { range, message: 'x', source: 'magnum-heat', code: 'auth-uri-deprecated', data: { fixes: [{ title: 't', edits: [] }], version: 1 } };
    assert.deepEqual(await client.codeActions('file:///tmp/x/nowhere.yaml', range, [diagnostic]), []);
    await assertAlive();
  });

  test('codeAction with malformed diagnostic data', async () => {
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } };
    const bad = [
      { range, message: 'x', source: 'magnum-heat', data: null },
      { range, message: 'x', source: 'magnum-heat', data: { fixes: 'nope', version: 1 } },
      { range, message: 'x', source: 'magnum-heat', data: { fixes: [null, 42], version: 1 } },
      { range, message: 'x', source: 'magnum-heat', data: { fixes: [{ title: 'no edits' }], version: 1 } },
    ];
    const result = await client.codeActions(CONF_URI, range, bad).catch((e: unknown) => e);
    assert.ok(Array.isArray(result) || result instanceof ResponseError, `an answer, not a crash: ${String(result)}`);
    await assertAlive();
  });

  test('hover with out-of-range positions', async () => {
    // Past the last line: the position clamps to the end of the text, where there is nothing.
    for (const position of [{ line: 999, character: 999 }, { line: 1e9, character: 0 }]) {
      assert.equal(await client.hover(CONF_URI, position), null, `no hover at ${JSON.stringify(position)}`);
    }
    // Past the end of a line: LSP says the character falls back to the line's length.
    assert.deepEqual(await client.hover(CONF_URI, { line: 0, character: 10_000 }), await client.hover(CONF_URI, { line: 0, character: 20 }));
    assert.equal(await client.hover('file:///tmp/x/unknown.conf', { line: 0, character: 0 }), null);
    await assertAlive();
  });

  test('garbage documents: random bytes and broken YAML with heat_template_version', async () => {
    const cases: Array<[string, string, string]> = [
      ['file:///tmp/x/garbage.yaml', 'yaml', garbage(4096, 1)],
      ['file:///tmp/x/garbage2.yaml', 'yaml', `heat_template_version: 2018-08-31\n${garbage(2048, 7)}`],
      ['file:///tmp/x/garbage/magnum.conf', 'magnum-conf', garbage(4096, 3)],
      ['file:///tmp/x/broken.yaml', 'yaml', 'heat_template_version: 2018-08-31\nresources: [\n  {: :\n\t- ]] }\n  "unterminated\nparameters:\n  - {get_param: [\n'],
      ['file:///tmp/x/broken2.yaml', 'yaml', 'heat_template_version: 2018-08-31\nresources:\n  a:\n    type: OS::Cinder::Volume\n    properties:\n      volume_type:\n  b: &x [*x, *y]\n  c: !!binary 12\n'],
      ['file:///tmp/x/cycles.yaml', 'yaml', 'heat_template_version: 2018-08-31\nresources: &r\n  a:\n    type: OS::Neutron::SecurityGroup\n    properties: {rules: *r}\n'],
      ['file:///tmp/x/empty.yaml', 'yaml', ''],
      ['file:///tmp/x/empty/magnum.conf', 'magnum-conf', ''],
    ];
    for (const [uri, languageId, text] of cases) {
      const diagnostics = await client.open(uri, languageId, text);
      assert.ok(Array.isArray(diagnostics), `${uri}: a publish`);
      for (const d of diagnostics) {
        assert.equal(d.source, 'magnum-heat');
        assert.ok(d.range.start.line >= 0 && d.range.end.line >= d.range.start.line, `${uri}: a sane range`);
      }
      await client.hover(uri, { line: 1, character: 3 });
      const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics);
      assert.ok(Array.isArray(actions));
      // An incremental edit that breaks the text further must also be survived.
      const next = await client.change(uri, 2, text.slice(0, Math.floor(text.length / 2)));
      assert.ok(Array.isArray(next));
    }
    await assertAlive();
  });

  test('shutdown and exit end the server with code 0', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
