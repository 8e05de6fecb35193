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
    // magnum.conf, nested/volume.yaml, fixall/volumes.yaml, fixall/on-save.yaml and swarmcluster.yaml; plain.yaml is no template.
    assert.equal(result.files, 5);
    const ds = await diagnosticsWhen(swarm, (d) => ours(d, 'missing-port-rule').length > 0, 'missing-port-rule on the closed template');
    assert.ok(ours(ds, 'missing-port-rule').length > 0);
    assert.ok(result.problems >= ds.length);
  });
});
