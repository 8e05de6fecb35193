/** "Magnum/Heat: Lint workspace": the problems of files nobody opened reach the Problems panel. Runs first, before any file is open. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsWhen, ours, workspaceUri } from './helpers';

describe('Lint workspace', () => {
  before(async () => { await api(); });

  it('reports every checked file of the workspace; a closed template gets its problems', async () => {
    const swarm = workspaceUri('drivers/swarm_fedora_atomic_v2/templates/swarmcluster.yaml');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === swarm.toString()), 'the template is not open');
    const result = await vscode.commands.executeCommand<{ problems: number; files: number }>('magnumHeat.lintWorkspace');
    // magnum.conf, fixall/volumes.yaml, fixall/on-save.yaml, swarmcluster.yaml and the cluster templates of
    // runbook.sh, runbook.md and cluster.tf; plain.yaml and nested/volume.yaml are no templates.
    assert.equal(result.files, 7);
    const ds = await diagnosticsWhen(swarm, (d) => ours(d, 'missing-port-rule').length > 0, 'missing-port-rule on the closed template');
    const [port] = ours(ds, 'missing-port-rule');
    const extension = vscode.extensions.getExtension('magnum-heat.magnum-heat');
    assert.ok(port && extension);
    // Linked, like the live diagnostics, to the rule's page shipped in the extension.
    assert.equal((port.code as { target: vscode.Uri }).target.toString(), vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules', 'missing-port-rule.md').toString());
    assert.ok(result.problems >= ds.length);
  });
});
