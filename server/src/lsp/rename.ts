/** textDocument/prepareRename and textDocument/rename; refusals come back as errors with the reason. */
import { ErrorCodes, ResponseError, type Connection, type TextDocuments, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { prepareRenameAt, renameAt, type Analysis } from '../engine';
import type { ServerSettings } from '../engine/settings/editor';

export interface RenameDeps {
  documents: TextDocuments<TextDocument>;
  /** The document's analysis, reading other files (nested templates, environments). */
  analysisOf(document: TextDocument): Promise<Analysis>;
  settingsFor(uri: string): Promise<ServerSettings>;
  guard<T>(what: string, fallback: T, body: () => T): T;
}

const refuse = (message: string) => new ResponseError(ErrorCodes.InvalidRequest, message);

export function registerRename(connection: Connection, deps: RenameDeps): void {
  const context = async (uri: string) => {
    const document = deps.documents.get(uri);
    if (!document) return undefined;
    return { document, analysis: await deps.analysisOf(document), settings: await deps.settingsFor(uri) };
  };

  connection.onPrepareRename(async ({ textDocument, position }) => {
    const found = await context(textDocument.uri);
    if (!found) return null;
    const { document, analysis, settings } = found;
    const prepared = deps.guard('prepare rename', undefined, () => prepareRenameAt(analysis, document.offsetAt(position), settings));
    if (!prepared) return null;
    if ('refused' in prepared) return refuse(prepared.refused);
    return { range: { start: document.positionAt(prepared.span.start), end: document.positionAt(prepared.span.end) }, placeholder: prepared.placeholder };
  });

  connection.onRenameRequest(async ({ textDocument, position, newName }) => {
    const found = await context(textDocument.uri);
    if (!found) return null;
    const { document, analysis, settings } = found;
    const result = deps.guard('rename', undefined, () => renameAt(analysis, document.offsetAt(position), newName, settings));
    if (!result) return null;
    if ('refused' in result) return refuse(result.refused);
    const changes: Record<string, TextEdit[]> = {};
    for (const edit of result) (changes[edit.path] ??= []).push({ range: edit.range, newText: edit.newText });
    return { changes } satisfies WorkspaceEdit;
  });
}
