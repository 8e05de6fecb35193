import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsWhen, open, ours, setSetting, workspaceUri } from './helpers';

const SWARM = 'drivers/swarm_fedora_atomic_v2/templates/swarmcluster.yaml';

describe('settings and detection in VS Code', () => {
  let swarm: vscode.Uri;

  before(async () => {
    await api();
    swarm = (await open(SWARM)).document.uri;
    await diagnosticsWhen(swarm, (d) => ours(d, 'missing-port-rule').length === 1, 'missing-port-rule');
  });

  afterEach(async () => {
    for (const key of ['rules', 'release', 'templateGlobs']) await setSetting(key, undefined);
  });

  it('changing magnumHeat.rules re-checks open documents at once', async () => {
    await setSetting('rules', { 'missing-port-rule': 'off' });
    await diagnosticsWhen(swarm, (d) => ours(d, 'missing-port-rule').length === 0, 'missing-port-rule turned off');
    await setSetting('rules', { 'missing-port-rule': 'warning' });
    const [d] = ours(await diagnosticsWhen(swarm, (x) => ours(x, 'missing-port-rule').length === 1, 'missing-port-rule back'), 'missing-port-rule');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    await setSetting('rules', undefined);
    await diagnosticsWhen(swarm, (x) => ours(x, 'missing-port-rule').some((y) => y.severity === vscode.DiagnosticSeverity.Error), 'the default severity back');
  });

  it('changing magnumHeat.release changes the knowledge in force', async () => {
    await setSetting('release', 'rocky');
    const status = await (await api()).documentStatus(swarm.toString());
    assert.equal(status?.release, 'rocky');
  });

  it('a YAML file that is not a Heat template gets nothing', async () => {
    const plain = (await open('plain.yaml')).document.uri;
    const status = await (await api()).documentStatus(plain.toString());
    assert.deepEqual(status, {
      checked: false, release: '2026.1', run: 'onType',
      reason: 'Not checked: the YAML has no top-level heat_template_version and is not a Heat environment.',
    });
    // The server answered about plain.yaml after it handled its opening; re-check the template so a
    // publish for plain.yaml, had there been one, is in before we look.
    await setSetting('rules', { 'missing-port-rule': 'warning' });
    await diagnosticsWhen(swarm, (d) => ours(d, 'missing-port-rule').some((x) => x.severity === vscode.DiagnosticSeverity.Warning), 'the template re-checked');
    assert.deepEqual(vscode.languages.getDiagnostics(plain), []);
    const explanation = await vscode.commands.executeCommand<string>('magnumHeat.explainFile');
    assert.equal(explanation, 'Not checked: the YAML has no top-level heat_template_version and is not a Heat environment.');
  });

  it('magnumHeat.templateGlobs makes a YAML without heat_template_version a template', async () => {
    const nested = (await open('nested/volume.yaml')).document.uri;
    assert.equal((await (await api()).documentStatus(nested.toString()))?.checked, false);
    await setSetting('templateGlobs', ['nested/*.yaml']);
    const ds = await diagnosticsWhen(nested, (d) => ours(d, 'empty-volume-type').length === 1, 'empty-volume-type');
    assert.equal(ours(ds, 'empty-volume-type')[0].range.start.line, 6);
    assert.equal((await (await api()).documentStatus(nested.toString()))?.reason, "Checked as a Heat template: its path matches 'nested/*.yaml' in magnumHeat.templateGlobs.");
    await setSetting('templateGlobs', undefined);
    await diagnosticsWhen(nested, (d) => d.length === 0, 'nothing once the glob is gone');
  });

  it('the workspace settings the tests wrote are gone again', async () => {
    const settings = workspaceUri('.vscode/settings.json');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(settings));
    assert.doesNotMatch(text, /magnumHeat/);
  });
});
