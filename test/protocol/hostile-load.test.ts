/**
 * What held under attack (issue 16), kept so: a billion-laughs template and 10,000-deep nesting get
 * a clear diagnostic and leave the server answering; a steady stream of edits to many documents
 * ends with each document's diagnostics for its last version, in bounded memory.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { DidChangeTextDocumentNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { rangeOf } from './helpers';
import { LspClient } from './lsp-client';
import { billionLaughs, deepTemplate, HEAT_HEAD } from '../support/hostile-yaml';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));

/** Resident memory of a process in MiB (Linux). */
function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(/(\d+)/.exec(line)![1]) / 1024;
}

describe('hostile documents leave the server answering', { timeout: 60_000 }, () => {
  test('billion laughs and 10,000-deep nesting: one clear diagnostic each, then hover still answers', async () => {
    const client = await LspClient.start();
    after(() => client.kill());
    const text = billionLaughs();
    const laughs = await client.open('file:///tmp/hostile/laughs.yaml', 'yaml', text);
    assert.deepEqual(codes(laughs).filter((c) => c === 'alias-expansion'), ['alias-expansion']);
    assert.match(String(laughs.find((d) => d.code === 'alias-expansion')!.message), /2,345,679,041 YAML nodes/);
    for (const name of ['flow sequences', 'flow maps'] as const) {
      const deep = await client.open(`file:///tmp/hostile/deep-${name.replace(' ', '-')}.yaml`, 'yaml', deepTemplate(name));
      assert.deepEqual(deep.filter((d) => d.code === 'yaml-syntax').map((d) => d.message), ['YAML error: the nesting is too deep to be parsed here'], name);
    }
    const hover = await client.hover('file:///tmp/hostile/laughs.yaml', rangeOf(text, 'OS::Heat::None').start);
    assert.match(JSON.stringify(hover?.contents), /OS::Heat::None/);
  });
});

const DOCUMENTS = 10;
const EDITS_PER_SECOND = 20;
const SECONDS = 10;
/** A template whose one finding names its version: the diagnostics show which text they are for. */
const textOf = (version: number) => `${HEAT_HEAD}resources:\n  r:\n    type: OS::Heat::None\n    properties: {x: {get_param: undeclared_${version}}}\n`;

describe('load', { skip: existsSync('/proc/self/status') ? false : 'needs /proc', timeout: 120_000 }, () => {
  test(`${DOCUMENTS} documents, ${EDITS_PER_SECOND} edits/s for ${SECONDS} s: every document ends on its last version, memory stays bounded`, async (t) => {
    const client = await LspClient.start({ settings: () => ({ debounceMs: 20 }) });
    after(() => client.kill());
    const uris = Array.from({ length: DOCUMENTS }, (_, i) => `file:///tmp/hostile/load-${i}.yaml`);
    for (const uri of uris) await client.open(uri, 'yaml', textOf(1));
    const startRss = rssMiB(client.child.pid!);
    let peakRss = startRss;
    const versions = new Map(uris.map((uri) => [uri, 1]));
    let sent = 0;
    // Paced by a timer (not a synchronisation): one edit every 50 ms, round robin over the documents.
    await new Promise<void>((done) => {
      const timer = setInterval(() => {
        const uri = uris[sent % DOCUMENTS];
        const version = versions.get(uri)! + 1;
        versions.set(uri, version);
        void client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: textOf(version) }] });
        peakRss = Math.max(peakRss, rssMiB(client.child.pid!));
        if (++sent === EDITS_PER_SECOND * SECONDS) {
          clearInterval(timer);
          done();
        }
      }, 1000 / EDITS_PER_SECOND);
    });
    for (const uri of uris) {
      const last = versions.get(uri)!;
      const published = await client.nextDiagnostics(uri, last);
      assert.deepEqual(published.diagnostics.filter((d) => d.code === 'undefined-parameter').map((d) => /undeclared_\d+/.exec(String(d.message))?.[0]), [`undeclared_${last}`], uri);
    }
    // A request answered after every edit was handled: nothing older is published after the last version.
    await client.hover(uris[0], { line: 0, character: 0 });
    assert.deepEqual(uris.map((uri) => client.lastPublished.get(uri)?.version), uris.map((uri) => versions.get(uri)));
    peakRss = Math.max(peakRss, rssMiB(client.child.pid!));
    t.diagnostic(`server RSS: ${startRss.toFixed(0)} MiB after opening, peak ${peakRss.toFixed(0)} MiB over ${sent} edits`);
    assert.ok(peakRss < 400 && peakRss - startRss < 150, `RSS ${startRss.toFixed(0)} MiB after opening, peak ${peakRss.toFixed(0)} MiB`);
  });
});
