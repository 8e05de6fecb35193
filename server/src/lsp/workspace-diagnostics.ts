/**
 * workspace/diagnostic: every file of the workspace folders the server would check, open or not,
 * minus what `.magnum-heat.yaml` ignores. Open documents are reported with their version and text.
 */
import type { TextDocuments, WorkspaceFullDocumentDiagnosticReport } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { joinPath } from '../engine';
import type { ServerSettings } from '../engine/settings/editor';
import type { WorkspaceFiles } from './workspace-files';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';

const SKIP_FOLDERS = new Set(['node_modules/', '.git/', '.hg/', '.svn/', '.tox/', '.venv/', '__pycache__/']);
/** What a language may claim; the analysis decides (cluster templates in scripts, runbooks, Terraform too). */
const CANDIDATE = /\.(conf|ya?ml|template|hot|tf|tofu|sh|md|rst)$/i;
/** A walk stops here: a workspace this large is no Magnum tree, and the editor must stay responsive. */
const MAX_FILES = 5000;

export interface WorkspaceLintDeps {
  documents: TextDocuments<TextDocument>;
  files: WorkspaceFiles;
  /** The editor's settings for a folder, without any project config. */
  editorSettings(scopeUri: string): Promise<ServerSettings>;
  /** The folder's settings with the file's `.magnum-heat.yaml` applied. */
  withProjectConfig(uri: string, editor: ServerSettings): ServerSettings;
  /** The diagnostics of one file (undefined when it is nothing the server checks). */
  check(uri: string, text: string, languageId: string | undefined, version: number | undefined, settings: ServerSettings): LspDiagnostic[] | undefined;
}

function* candidates(folder: string, deps: WorkspaceLintDeps, editor: ServerSettings): Generator<{ uri: string; settings: ServerSettings }> {
  const pending = [folder];
  let seen = 0;
  while (pending.length > 0 && seen < MAX_FILES) {
    const dir = pending.pop()!;
    for (const entry of deps.files.listDirectory(dir) ?? []) {
      const uri = joinPath(dir, entry.replace(/\/$/, ''));
      const settings = deps.withProjectConfig(uri, editor);
      if (settings.ignoredBy !== undefined) continue;
      if (entry.endsWith('/')) {
        if (!SKIP_FOLDERS.has(entry)) pending.push(uri);
      } else if (CANDIDATE.test(entry) || entry === '.magnum-heat.yaml' || settings.heatTemplate) {
        seen++;
        yield { uri, settings };
      }
    }
  }
}

export async function workspaceReports(folders: readonly string[], deps: WorkspaceLintDeps): Promise<WorkspaceFullDocumentDiagnosticReport[]> {
  const reports: WorkspaceFullDocumentDiagnosticReport[] = [];
  for (const folder of folders) {
    const editor = await deps.editorSettings(folder);
    for (const { uri, settings } of candidates(folder, deps, editor)) {
      const open = deps.documents.get(uri);
      const text = open?.getText() ?? deps.files.readFile(uri);
      if (text === undefined) continue;
      const items = deps.check(uri, text, open?.languageId, open?.version, settings);
      if (items !== undefined) reports.push({ kind: 'full', uri, version: open?.version ?? null, items });
    }
  }
  return reports;
}
