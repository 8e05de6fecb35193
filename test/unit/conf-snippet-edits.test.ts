import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lspEdits, takesSnippetEdits } from '../../server/src/lsp/snippet-edits';
import { lintText, only } from '../support/fixtures';

test('a placeholder fix becomes an LSP snippet edit only for clients that take them', () => {
  const text = '[DEFAULT]\ntransport_url = rabbit://u:p@rabbit.example.com\n\n[cinder]\n';
  const [d] = only(lintText('magnum.conf', text, { release: 'zed' }), 'docker-volume-type-empty');
  const range = { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } };
  assert.deepEqual(lspEdits(d.fixes[0].edits, true), [{ range, snippet: { kind: 'snippet', value: 'default_docker_volume_type = ${1:VOLUME_TYPE}\n' } }]);
  assert.deepEqual(lspEdits(d.fixes[0].edits, false), [{ range, newText: 'default_docker_volume_type = VOLUME_TYPE\n' }]);
  assert.equal(takesSnippetEdits({ workspace: { workspaceEdit: { snippetEditSupport: true } } }), true);
  assert.equal(takesSnippetEdits({}), false);
});
