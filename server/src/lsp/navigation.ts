/** textDocument/definition and textDocument/references, for the languages that have them (Heat: across nested files). */
import type { Connection, Location as LspLocation, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { definitionAt, referencesAt, withHost, type Analysis, type Location } from '../engine';
import { clientOffset } from './client-positions';
import type { WorkspaceFiles } from './workspace-files';

export interface NavigationDeps {
  documents: TextDocuments<TextDocument>;
  files: WorkspaceFiles;
  analysisOf(document: TextDocument): Promise<Analysis>;
  guard<T>(what: string, fallback: T, body: () => T): T;
}

const toLsp = (locations: Location[]): LspLocation[] => locations.map((l) => ({ uri: l.path, range: l.range }));

export function registerNavigation(connection: Connection, deps: NavigationDeps): void {
  connection.onDefinition(async ({ textDocument, position }) => {
    const document = deps.documents.get(textDocument.uri);
    if (!document) return null;
    const analysis = await deps.analysisOf(document);
    return deps.guard('definition', null, () => {
      const found = definitionAt(withHost(analysis, deps.files.reader(document.uri)), clientOffset(document, position));
      return analysis.kind !== undefined && analysis.language.definition ? toLsp(found) : null;
    });
  });

  connection.onReferences(async ({ textDocument, position, context }) => {
    const document = deps.documents.get(textDocument.uri);
    if (!document) return null;
    const analysis = await deps.analysisOf(document);
    return deps.guard('references', null, () => (analysis.kind !== undefined && analysis.language.references
      ? toLsp(referencesAt(withHost(analysis, deps.files.reader(document.uri)), clientOffset(document, position), context?.includeDeclaration === true))
      : null));
  });
}
