import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { action, api, applyAndRecheck, codeActions, codeOf, completionLabels, diagnosticsWhen, hoverText, labelOf, open, ours, range, setSetting, setText } from './helpers';

const HOVER_START = '**`auto_scaling_enabled`** (cluster template label)\n\n- **magnum-capi-helm 1.4.0**: let the cluster autoscaler manage worker groups whose min != max.';
const CARRIES_OVER = 'Heat-era label of k8s_fedora_coreos_v1; under Cluster API drivers it magnum-capi-helm: carries over; magnum-cluster-api: carries over.';

/** `--coe swarm` (or `coe = "swarm"`) where swarm-mode was meant, in each source the editor opens. */
const SOURCES = [
  { file: 'runbook.sh', languageId: 'shellscript', swarm: range(6, 10, 6, 15), fixed: '    --coe swarm-mode \\', label: new vscode.Position(12, 32) },
  { file: 'runbook.md', languageId: 'markdown', swarm: range(7, 10, 7, 15), fixed: '    --coe swarm-mode \\' },
  { file: 'cluster.tf', languageId: 'terraform', swarm: range(2, 27, 2, 32), fixed: '  coe                   = "swarm-mode"', label: new vscode.Position(15, 6) },
];

describe('cluster templates in shell scripts, Markdown runbooks and Terraform in VS Code', () => {
  before(async () => {
    await api();
    // swarm is still served in 2023.1, so the diagnostic carries the swarm-mode fix.
    await setSetting('release', '2023.1');
  });

  after(async () => {
    await setSetting('release', undefined);
  });

  for (const { file, languageId, swarm, fixed, label } of SOURCES) {
    describe(file, () => {
      let editor: vscode.TextEditor;
      let original: string;

      before(async () => {
        editor = await open(file);
        original = editor.document.getText();
      });

      afterEach(async () => {
        await vscode.window.showTextDocument(editor.document);
        if (editor.document.getText() !== original) await setText(editor.document, original);
      });

      it(`opens as ${languageId}; cluster-template-coe on the swarm value, and nothing else`, async () => {
        assert.equal(editor.document.languageId, languageId);
        const uri = editor.document.uri;
        const ds = await diagnosticsWhen(uri, (d) => ours(d, 'cluster-template-coe').some((x) => x.severity === vscode.DiagnosticSeverity.Information), 'cluster-template-coe (2023.1)');
        assert.deepEqual(ds.filter((d) => d.source === 'magnum-heat').map((d) => [codeOf(d), d.range]), [['cluster-template-coe', swarm]]);
        assert.match(ours(ds, 'cluster-template-coe')[0].message, /^coe 'swarm' selects the legacy standalone Swarm driver \(swarm_fedora_atomic_v1\); 'swarm-mode' is Docker's integrated swarm mode/);
      });

      it('the quick fix writes swarm-mode and the diagnostic goes', async () => {
        const uri = editor.document.uri;
        const [d] = ours(await diagnosticsWhen(uri, (x) => ours(x, 'cluster-template-coe').length > 0, 'cluster-template-coe'), 'cluster-template-coe');
        const fix = action(await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value), "Use coe 'swarm-mode'");
        assert.ok(fix.edit);
        await applyAndRecheck(uri, fix.edit);
        assert.equal(editor.document.lineAt(swarm.start.line).text, fixed);
        await diagnosticsWhen(uri, (x) => ours(x, 'cluster-template-coe').length === 0, 'cluster-template-coe to go');
      });

      if (label) {
        it('hover on a label: meaning, parsing and default per driver, and what Cluster API drivers make of it', async () => {
          const hover = await hoverText(editor.document.uri, label);
          assert.ok(hover.startsWith(HOVER_START), hover);
          assert.ok(hover.includes(CARRIES_OVER), hover);
          assert.match(hover, /\*magnum-heat · OpenStack 2023\.1\*$/);
        });

        it('completion of label names where the label is typed', async () => {
          const items = await completionLabels(editor.document.uri, label);
          assert.ok(items.some((i) => labelOf(i) === 'auto_scaling_enabled'), items.map(labelOf).join(' '));
          assert.ok(items.some((i) => labelOf(i) === 'kube_tag'));
        });
      }
    });
  }
});
