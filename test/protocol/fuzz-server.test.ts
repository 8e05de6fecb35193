import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, type Diagnostic, type Position, type Range } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineLengths, rangeProblem } from '../fuzz/invariants';
import { MUTATIONS } from '../fuzz/mutations';
import { Random } from '../fuzz/random';
import { repositorySeeds } from '../fuzz/seeds';
import { assertServerAlive } from './helpers';
import { LspClient } from './lsp-client';

const ALIVE_URI = 'file:///tmp/fuzz/alive/magnum.conf';
const ALIVE = '[keystone_authtoken]\nauth_uri = http://keystone.example.com:5000/v3\n';

function randomPosition(random: Random, document: TextDocument): Position {
  const roll = random.next();
  if (roll < 0.1) return { line: document.lineCount + random.int(1000), character: random.int(50) }; // past the end
  if (roll < 0.2) return { line: random.int(document.lineCount), character: 10_000 + random.int(10_000) }; // past the line
  return document.positionAt(random.int(document.getText().length + 1));
}

function randomRange(random: Random, document: TextDocument): Range {
  const a = randomPosition(random, document);
  const b = randomPosition(random, document);
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? { start: a, end: b } : { start: b, end: a };
}

const languageIdOf = (path: string) => (path.endsWith('.conf') ? 'magnum-conf' : 'yaml');

describe('fuzz: the server keeps answering', { timeout: 120_000 }, () => {
  let client: LspClient;

  before(async () => {
    client = await LspClient.start({ settings: () => ({ debounceMs: 0 }) });
    await client.open(ALIVE_URI, 'magnum-conf', ALIVE);
  });
  after(() => client.kill());

  const assertAlive = () => assertServerAlive(client, ALIVE_URI, { line: 1, character: 2 }, /auth_uri/);

  function assertInside(document: TextDocument, diagnostics: Diagnostic[], what: string): void {
    const lengths = lineLengths(document.getText());
    const problems = diagnostics.flatMap((d) => {
      const problem = rangeProblem(lengths, d.range);
      return problem ? [`${d.code} ${JSON.stringify(d.range)} ${problem}`] : [];
    });
    assert.deepEqual(problems, [], what);
  }

  test('mutated documents, random incremental edits, requests at random positions', async () => {
    const random = new Random(2024);
    const seeds = repositorySeeds();
    for (let i = 0; i < MUTATIONS.length; i++) {
      const seed = seeds[(i * 7) % seeds.length];
      const mutation = MUTATIONS[i];
      const uri = pathToFileURL(seed.path).href.replace(/([^/]+)$/, `fuzz-${i}/$1`);
      let document = TextDocument.create(uri, languageIdOf(seed.path), 1, mutation.apply(seed.text, random));
      const what = `${seed.path} / ${mutation.name}`;
      let diagnostics = await client.open(uri, document.languageId, document.getText());
      assertInside(document, diagnostics, `${what}: open`);
      for (let version = 2; version <= 4; version++) {
        const change = { range: randomRange(random, document), text: random.pick(['', 'x', '\n', ': [', '  - {get_param: a}\n', '\r\n[DEFAULT]\n', random.bytes(8).toString('utf8')]) };
        document = TextDocument.update(document, [change], version);
        const published = client.nextDiagnostics(uri, version);
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
        diagnostics = (await published).diagnostics;
        assertInside(document, diagnostics, `${what}: edit ${version}`);
      }
      for (let probe = 0; probe < 4; probe++) {
        await client.hover(uri, randomPosition(random, document));
        assert.ok(Array.isArray(await client.codeActions(uri, randomRange(random, document), diagnostics)));
      }
      await client.close(uri);
    }
    await assertAlive();
  });

  test('a burst of edits: publishes only move forward and the last version is published', async () => {
    const uri = 'file:///tmp/fuzz/burst/drivers/k8s_fedora_coreos_v1/templates/kubecluster.yaml';
    let text = 'heat_template_version: 2018-08-31\nresources:\n  a:\n    type: OS::Heat::None\n';
    await client.open(uri, 'yaml', text);
    const last = 21;
    for (let version = 2; version <= last; version++) {
      text += `  r${version}:\n    properties: {v: {get_param: p${version}}}\n`;
      void client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    }
    const versions: number[] = [];
    while (versions[versions.length - 1] !== last) {
      const published = await client.nextDiagnostics(uri);
      versions.push(published.version ?? -1);
      if (published.version === last) assert.ok(published.diagnostics.some((d) => (typeof d.message === 'string' ? d.message : d.message.value).includes(`'p${last}'`)), 'the last publish is about the last text');
    }
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `versions ${versions.join(',')}`);
    assert.equal(new Set(versions).size, versions.length, 'no version published twice');
    await assertAlive();
  });

  test('requests about closed, unknown and stale documents', async () => {
    const uri = 'file:///tmp/fuzz/stale/magnum.conf';
    const diagnostics = await client.open(uri, 'magnum-conf', ALIVE);
    assert.ok(diagnostics.length > 0);
    await client.change(uri, 2, `${ALIVE}# edited\n`);
    assert.deepEqual(await client.codeActions(uri, diagnostics[0].range, diagnostics), [], 'no fix computed for version 1 is offered on version 2');
    await client.close(uri);
    assert.equal(await client.hover(uri, { line: 1, character: 1 }), null);
    assert.deepEqual(await client.codeActions(uri, diagnostics[0].range, diagnostics), []);
    await assertAlive();
  });

  test('shutdown and exit still end the server with code 0', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
