import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MarkupContent } from 'vscode-languageserver-protocol/node';
import { rangeOf } from './helpers';
import { LspClient } from './lsp-client';

const URI = 'file:///nonexistent/magnum-heat/drivers/k8s_coreos_v1/templates/kubecluster.yaml';
const TEXT = 'heat_template_version: 2014-10-16\nparameters:\n  kube_tag:\n    type: string\n    default: v1.11.6\nresources: {}\n';

describe('hover over LSP: Magnum driver notes on top-level template parameters', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start({ settings: () => ({ debounceMs: 0, release: 'train' }) }); });
  after(async () => { await client.shutdown(); });

  test('the parameter key says which label feeds it, with the release in force', async () => {
    await client.open(URI, 'yaml', TEXT);
    const hover = await client.hover(URI, rangeOf(TEXT, 'kube_tag').start);
    assert.ok(hover && MarkupContent.is(hover.contents));
    assert.equal(hover.contents.value, '*Magnum · k8s_coreos_v1 · train*: fed by label `kube_tag`; passed only when set.\n\n---\n*magnum-heat · OpenStack train*');
    assert.deepEqual(hover.range, rangeOf(TEXT, 'kube_tag'));
  });
});
