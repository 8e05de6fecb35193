/** textDocument/prepareRename and textDocument/rename for Heat parameters and resources; refusals come back as errors with the reason. */
import { ErrorCodes, ResponseError, type Connection, type TextDocuments, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { detectDriver, type Analysis } from '../engine/analyze';
import { resolveRelease } from '../engine/knowledge/releases';
import { prepareRenameAt, renameAt, type RenameScope } from '../engine/navigation/rename';
import type { ServerSettings } from './settings';
import type { WorkspaceFiles } from './workspace-files';

export interface RenameDeps {
  documents: TextDocuments<TextDocument>;
  files: WorkspaceFiles;
  analysisOf(document: TextDocument): Promise<Analysis>;
  settingsFor(uri: string): Promise<ServerSettings>;
  guard<T>(what: string, fallback: T, body: () => T): T;
}

const refuse = (message: string) => new ResponseError(ErrorCodes.InvalidRequest, message);

export function registerRename(connection: Connection, deps: RenameDeps): void {
  const context = async (uri: string) => {
    const document = deps.documents.get(uri);
    if (!document) return undefined;
    const analysis = await deps.analysisOf(document);
    if (analysis.kind !== 'heat-template') return undefined;
    const settings = await deps.settingsFor(uri);
    const scope: RenameScope = { release: resolveRelease(settings.release), driver: settings.driver ?? detectDriver(uri) };
    return { document, heat: analysis.heat, scope };
  };

  connection.onPrepareRename(async ({ textDocument, position }) => {
    const found = await context(textDocument.uri);
    if (!found) return null;
    const { document, heat, scope } = found;
    const prepared = deps.guard('prepare rename', undefined, () => prepareRenameAt(heat, document.uri, document.offsetAt(position), deps.files, scope));
    if (!prepared) return null;
    if ('refused' in prepared) return refuse(prepared.refused);
    return { range: { start: document.positionAt(prepared.span.start), end: document.positionAt(prepared.span.end) }, placeholder: prepared.placeholder };
  });

  connection.onRenameRequest(async ({ textDocument, position, newName }) => {
    const found = await context(textDocument.uri);
    if (!found) return null;
    const { document, heat, scope } = found;
    const result = deps.guard('rename', undefined, () => renameAt(heat, document.uri, document.offsetAt(position), newName, deps.files, scope));
    if (!result) return null;
    if ('refused' in result) return refuse(result.refused);
    const changes: Record<string, TextEdit[]> = {};
    for (const edit of result) (changes[edit.path] ??= []).push({ range: edit.range, newText: edit.newText });
    return { changes } satisfies WorkspaceEdit;
  });
}
