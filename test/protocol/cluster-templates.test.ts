import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CompletionRequest, MarkupContent, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol/node';
import { assertOurDiagnostic, preferredQuickFix, rangeOf } from './helpers';
import { applyTextEdits, LspClient, REPO_ROOT } from './lsp-client';

const fixture = (name: string) => readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'cluster-templates', name), 'utf8');
const SCRIPT = 'file:///tmp/ct-protocol/seed.sh';
const RUNBOOK = 'file:///tmp/ct-protocol/runbook.md';
const LABELS = 'file:///tmp/ct-protocol/labels.sh';

describe('cluster templates over LSP: a shell script and a Markdown runbook', { timeout: 30_000 }, () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start({ settings: () => ({ debounceMs: 0, release: '2023.1' }) }); });
  after(async () => { await client.shutdown(); });

  test('a shellscript document gets the devicemapper error on its storage driver, with a quick fix', async () => {
    const text = fixture('seed.sh');
    const diagnostics = await client.open(SCRIPT, 'shellscript', text);
    const size = diagnostics.find((d) => d.code === 'docker-volume-size')!;
    assertOurDiagnostic(size, 'docker-volume-size', rangeOf(text, 'devicemapper'));
    const { edits } = preferredQuickFix(await client.codeActions(SCRIPT, size.range, [size]), size, SCRIPT, 1);
    assert.equal(applyTextEdits(text, edits), text.replace('    --coe swarm\n', '    --coe swarm \\\n    --docker-volume-size 3\n'));
  });

  test('a markdown document gets the findings of its shell code blocks only', async () => {
    const text = fixture('runbook.md');
    const diagnostics = await client.open(RUNBOOK, 'markdown', text);
    assert.deepEqual(diagnostics.filter((d) => d.severity !== 4 && d.severity !== 3).map((d) => [d.code, d.range]), [
      ['docker-volume-size', rangeOf(text, 'devicemapper')],
      ['docker-storage-driver', rangeOf(text, 'overlay', 1)],
    ]);
  });

  test('hover on a label, and label completion after --labels', async () => {
    const text = fixture('labels.sh');
    await client.open(LABELS, 'shellscript', text);
    const hover = await client.hover(LABELS, rangeOf(text, 'octavia_provider').start);
    assert.ok(hover && MarkupContent.is(hover.contents));
    assert.match(hover.contents.value, /^\*\*`octavia_provider`\*\* \(cluster template label\)\n\n- \*\*magnum-capi-helm 1\.4\.0\*\*/);
    assert.match(hover.contents.value, /- \*\*magnum-cluster-api v0\.38\.1\*\*.*default `amphorav2`/);
    const position = { line: rangeOf(text, 'boot_volume_size=30').start.line, character: rangeOf(text, 'boot_volume_size=30').start.character + 4 };
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: LABELS }, position });
    const items = Array.isArray(result) ? result : (result as CompletionList).items;
    const boot = items.find((i: CompletionItem) => i.label === 'boot_volume_size');
    assert.ok(boot, `boot_volume_size among ${items.map((i: CompletionItem) => i.label).join(', ')}`);
    assert.ok(items.some((i: CompletionItem) => i.label === 'kube_tag'));
  });
});
