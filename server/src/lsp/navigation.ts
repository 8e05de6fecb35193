/** textDocument/definition and textDocument/references for Heat templates, across nested template files. */
import type { Connection, Location as LspLocation, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine/analyze';
import { definitionAt, environmentDefinitionAt } from '../engine/navigation/definition';
import type { Location } from '../engine/navigation/locations';
import { referencesAt } from '../engine/navigation/references';
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
      const offset = document.offsetAt(position);
      if (analysis.kind === 'heat-template') return toLsp(definitionAt(analysis.heat, document.uri, offset, deps.files));
      if (analysis.kind === 'heat-environment') return toLsp(environmentDefinitionAt(analysis.heat, document.uri, offset, deps.files));
      return null;
    });
  });

  connection.onReferences(async ({ textDocument, position, context }) => {
    const document = deps.documents.get(textDocument.uri);
    if (!document) return null;
    const analysis = await deps.analysisOf(document);
    return deps.guard('references', null, () => (analysis.kind === 'heat-template'
      ? toLsp(referencesAt(analysis.heat, document.uri, document.offsetAt(position), deps.files, context.includeDeclaration))
      : null));
  });
}
