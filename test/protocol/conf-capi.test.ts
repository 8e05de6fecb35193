import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MarkupContent, type CompletionItem, type Position } from 'vscode-languageserver-protocol/node';
import { completeConf } from './helpers';
import { LspClient } from './lsp-client';

const HELM_13 = 'file:///tmp/capi/helm-1.3.0/magnum.conf';
const HELM_13_HOVER = 'file:///tmp/capi/helm-1.3.0/hover/magnum.conf';

describe('Cluster API driver sections over LSP', { timeout: 30_000 }, () => {
  let client: LspClient;

  before(async () => {
    client = await LspClient.start({
      settings: (uri) => ({ debounceMs: 0, ...(uri?.startsWith('file:///tmp/capi/helm-1.3.0/') ? { driverVersions: { 'magnum-capi-helm': '1.3.0' } } : {}) }),
    });
  });
  after(() => client.kill());

  const complete = (uri: string, text: string, position: Position): Promise<CompletionItem[]> => completeConf(client, uri, text, position);

  test('section completion offers the CAPI groups of the version in force', async () => {
    const newest = await complete('file:///tmp/capi/sections/magnum.conf', '[capi', { line: 0, character: 5 });
    const helm = newest.find((i) => i.label === 'capi_helm');
    assert.equal(helm?.detail, 'magnum-capi-helm 1.4.0');
    assert.ok(newest.some((i) => i.label === 'capi_helm_cluster_labels'));
    assert.ok(newest.some((i) => i.label === 'capi_client'));
    const old = await complete(HELM_13, '[capi', { line: 0, character: 5 });
    assert.equal(old.find((i) => i.label === 'capi_helm')?.detail, 'magnum-capi-helm 1.3.0');
    assert.ok(!old.some((i) => i.label === 'capi_helm_cluster_labels'));
  });

  test('option and value completion in [capi_helm_cluster_labels]', async () => {
    const items = await complete('file:///tmp/capi/options/magnum.conf', '[capi_helm_cluster_labels]\ncsi_cinder_r\n', { line: 1, character: 12 });
    const policy = items.find((i) => i.label === 'csi_cinder_reclaim_policy');
    assert.equal(policy?.detail, 'StrOpt · default Retain');
    const values = await complete('file:///tmp/capi/values/magnum.conf', '[capi_helm_cluster_labels]\ncsi_cinder_reclaim_policy = ', { line: 1, character: 28 });
    assert.deepEqual(values.map((i) => i.label), ['Retain', 'Delete']);
  });

  test('hover names the driver version that answered', async () => {
    const uri = 'file:///tmp/capi/hover/magnum.conf';
    await client.open(uri, 'magnum-conf', '[manila_client]\napi_version = 3\n');
    const hover = await client.hover(uri, { line: 1, character: 2 });
    assert.ok(hover && MarkupContent.is(hover.contents));
    assert.match(hover.contents.value, /^\*\*api_version\*\* · `\[manila_client\]` · StrOpt/);
    assert.match(hover.contents.value, /Answered by magnum-cluster-api v0\.38\.1 \(the newest known/);
    await client.open(HELM_13_HOVER, 'magnum-conf', '[capi_helm]\ncsi_cinder_fstype = ext4\n');
    const oldHover = await client.hover(HELM_13_HOVER, { line: 1, character: 2 });
    assert.ok(oldHover && MarkupContent.is(oldHover.contents));
    assert.match(oldHover.contents.value, /Answered by magnum-capi-helm 1\.3\.0 \(the version magnumHeat\.driverVersions names\); in versions 1\.0\.0 – 1\.3\.0\./);
  });
});
