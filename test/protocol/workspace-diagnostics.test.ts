/** workspace/diagnostic: the whole workspace, open or not, minus `.magnum-heat.yaml` ignore; textDocument/diagnostic for pulling clients. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { DidChangeWorkspaceFoldersNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest, WorkspaceDiagnosticRequest, type WorkspaceFullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { rangeOf } from './helpers';
import { LspClient, REPO_ROOT } from './lsp-client';

const PROJECT = join(REPO_ROOT, 'test/fixtures/cli/project');
const folder = pathToFileURL(PROJECT).toString();
const relative = (uri: string) => uri.slice(folder.length + 1);

describe('workspace diagnostics over LSP', () => {
  test('every file the server checks, with its findings; ignored folders and other YAML left out; open documents with their version', async () => {
    const client = await LspClient.start({ workspaceFolders: [folder] });
    try {
      const conf = `${folder}/magnum.conf`;
      const text = readFileSync(join(PROJECT, 'magnum.conf'), 'utf8');
      await client.open(conf, 'magnum-conf', text, 7);
      const result = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
      const reports = result.items as WorkspaceFullDocumentDiagnosticReport[];
      assert.deepEqual(reports.map((r) => relative(r.uri)).sort(), [
        '.magnum-heat.yaml', 'crlf.conf', 'legacy/magnum.conf', 'magnum.conf', 'syntax.conf', 'templates/cluster.yaml', 'templates/node.hot',
      ]);
      assert.ok(reports.every((r) => r.kind === 'full'));
      const open = reports.find((r) => r.uri === conf)!;
      assert.equal(open.version, 7);
      assert.deepEqual(open.items.filter((d) => d.code === 'auth-uri-deprecated').map((d) => d.range), [rangeOf(text, 'auth_uri')]);
      const syntax = reports.find((r) => relative(r.uri) === 'syntax.conf')!;
      assert.equal(syntax.version, null);
      assert.ok(syntax.items.some((d) => d.code === 'conf-syntax' && d.source === 'magnum-heat'), JSON.stringify(syntax.items));
      assert.ok(client.logs.some((l) => /^checked the workspace \(.*project\): 7 files, \d+ findings in \d+\.\d ms$/.test(l)), client.logs.join('\n'));
    } finally {
      await client.shutdown();
    }
  });

  test('a workspace folder added later is walked too', async () => {
    const client = await LspClient.start({ workspaceFolderChanges: true });
    try {
      assert.deepEqual(client.initializeResult?.capabilities.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
      const before = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
      assert.deepEqual(before.items, []);
      await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [{ uri: folder, name: 'project' }], removed: [] } });
      const after = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
      assert.equal(after.items.length, 7);
    } finally {
      await client.shutdown();
    }
  });

  test('a client that pulls: diagnosticProvider with workspace diagnostics; textDocument/diagnostic answers for an open document', async () => {
    const client = await LspClient.start({ pullDiagnostics: true });
    try {
      assert.deepEqual(client.initializeResult?.capabilities.diagnosticProvider, { identifier: 'magnum-heat', interFileDependencies: true, workspaceDiagnostics: true });
      const uri = 'file:///nonexistent/pull/magnum.conf';
      const text = '[keystone_authtoken]\nauth_uri = http://keystone:5000/v3\n';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'magnum-conf', version: 1, text } });
      const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      assert.equal(report.kind, 'full');
      assert.deepEqual(report.kind === 'full' ? report.items.filter((d) => d.code === 'auth-uri-deprecated').map((d) => d.range) : [], [rangeOf(text, 'auth_uri')]);
    } finally {
      await client.shutdown();
    }
  });
});
