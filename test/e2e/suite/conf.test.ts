import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { action, api, applyAndRecheck, codeActions, completionLabels, describe as describeDiagnostic, diagnosticsWhen, hoverText, labelOf, open, ours, range, setText } from './helpers';

const AUTH_URI_LINE = 12;

describe('magnum.conf in VS Code', () => {
  let editor: vscode.TextEditor;
  let uri: vscode.Uri;
  let original: string;

  before(async () => {
    await api();
    editor = await open('magnum.conf');
    uri = editor.document.uri;
    original = editor.document.getText();
  });

  afterEach(async () => {
    if (editor.document.getText() !== original) await setText(editor.document, original);
  });

  it('is the Magnum config language, with our grammar and snippets', () => {
    assert.equal(editor.document.languageId, 'magnum-conf');
  });

  it('shows auth-uri-deprecated on the auth_uri key, linked to its page in the extension', async () => {
    const ds = await diagnosticsWhen(uri, (d) => ours(d, 'auth-uri-deprecated').length > 0, 'auth-uri-deprecated');
    const [d] = ours(ds, 'auth-uri-deprecated');
    assert.deepEqual(d.range, range(AUTH_URI_LINE, 0, AUTH_URI_LINE, 8));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(d.tags, [vscode.DiagnosticTag.Deprecated]);
    const code = d.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'auth-uri-deprecated');
    const extension = vscode.extensions.getExtension('magnum-heat.magnum-heat');
    assert.ok(extension);
    assert.equal(code.target.toString(), vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules', 'auth-uri-deprecated.md').toString());
    assert.deepEqual(ds.filter((x) => x.severity === vscode.DiagnosticSeverity.Error).map(describeDiagnostic), [], 'a working seed config has no errors');
  });

  it('hover on an option explains it and names the release; secrets are never shown', async () => {
    const hover = await hoverText(uri, new vscode.Position(AUTH_URI_LINE, 3));
    assert.match(hover, /auth_uri/);
    assert.match(hover, /www_authenticate_uri/);
    assert.match(hover, /2026\.1/);
    const secret = await hoverText(uri, new vscode.Position(20, 2));
    assert.doesNotMatch(secret, /MAGNUM_PASS/);
  });

  it('code actions: the preferred fix, disable for line and file, documentation; the fix clears the diagnostic', async () => {
    const [d] = ours(await diagnosticsWhen(uri, (x) => ours(x, 'auth-uri-deprecated').length > 0, 'auth-uri-deprecated'), 'auth-uri-deprecated');
    const actions = await codeActions(uri, d.range);
    const fix = action(actions, 'Rename auth_uri to www_authenticate_uri');
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.kind?.value, 'quickfix');

    const disableLine = action(actions, 'Disable auth-uri-deprecated for this line');
    assert.ok(disableLine.edit);
    await applyAndRecheck(uri, disableLine.edit);
    assert.equal(editor.document.lineAt(AUTH_URI_LINE).text, '# magnum-heat-disable-next-line auth-uri-deprecated');
    assert.equal(editor.document.lineAt(AUTH_URI_LINE + 1).text, 'auth_uri = http://keystone.example.com:5000/v3');
    await diagnosticsWhen(uri, (x) => ours(x, 'auth-uri-deprecated').length === 0, 'the engine to honour the comment');
    await setText(editor.document, original);

    const disableFile = action(actions, 'Disable auth-uri-deprecated for this file');
    assert.ok(disableFile.edit);
    await applyAndRecheck(uri, disableFile.edit);
    assert.equal(editor.document.getText(), `# magnum-heat-disable auth-uri-deprecated\n${original}`);
    await diagnosticsWhen(uri, (x) => ours(x, 'auth-uri-deprecated').length === 0, 'the engine to honour the comment');
    await setText(editor.document, original);

    const [again] = ours(await diagnosticsWhen(uri, (x) => ours(x, 'auth-uri-deprecated').some((y) => y.range.start.line === AUTH_URI_LINE), 'the diagnostic back on its line'), 'auth-uri-deprecated');
    const fresh = action(await codeActions(uri, again.range), 'Rename auth_uri to www_authenticate_uri');
    assert.ok(fresh.edit);
    await applyAndRecheck(uri, fresh.edit);
    assert.equal(editor.document.lineAt(AUTH_URI_LINE).text, 'www_authenticate_uri = http://keystone.example.com:5000/v3');
    await diagnosticsWhen(uri, (x) => ours(x, 'auth-uri-deprecated').length === 0, 'auth-uri-deprecated to go');
  });

  it('"Show documentation" opens the rule page shipped in the extension as a Markdown preview', async () => {
    const [d] = ours(await diagnosticsWhen(uri, (x) => ours(x, 'auth-uri-deprecated').length > 0, 'auth-uri-deprecated'), 'auth-uri-deprecated');
    const docs = action(await codeActions(uri, d.range), 'Show documentation for auth-uri-deprecated');
    assert.ok(docs.command);
    assert.equal(docs.command.command, 'magnumHeat.showRuleDocumentation');
    const page = await vscode.commands.executeCommand<vscode.Uri>(docs.command.command, ...(docs.command.arguments ?? []));
    assert.ok(page, 'the command resolved the page');
    assert.match(page.path, /\/docs\/rules\/auth-uri-deprecated\.md$/);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(page)), /^# auth-uri-deprecated/m);
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
    assert.ok(tabs.some((label) => /auth-uri-deprecated\.md/.test(label)), `a preview tab among ${JSON.stringify(tabs)}`);
    await vscode.window.showTextDocument(editor.document);
  });

  it('completion offers the magnum.conf section snippets', async () => {
    const items = await completionLabels(uri, new vscode.Position(editor.document.lineCount - 1, 0));
    const labels = items.map(labelOf);
    for (const prefix of ['magnum-keystone_authtoken', 'magnum-keystone_auth', 'magnum-trust', 'magnum-certificates', 'magnum-cinder', 'magnum-oslo_messaging_notifications']) {
      assert.ok(labels.includes(prefix), `${prefix} among ${labels.length} items`);
    }
    const cinder = items.find((i) => labelOf(i) === 'magnum-cinder');
    assert.equal(cinder?.kind, vscode.CompletionItemKind.Snippet);
    assert.match((cinder?.insertText as vscode.SnippetString).value, /^\[cinder\]\ndefault_docker_volume_type = \$\{1:VOLUME_TYPE\}/);
  });
});
