import { StringValue, type ClientCapabilities, type SnippetTextEdit, type TextEdit } from 'vscode-languageserver';
import type { TextEdit as EngineTextEdit } from '../engine';

/** Whether the client applies LSP 3.18 snippet edits (placeholders you tab through) in workspace edits. */
export function takesSnippetEdits(capabilities: ClientCapabilities): boolean {
  return capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
}

/** A fix's edits for a WorkspaceEdit: snippet edits where the client takes them, plain text elsewhere. */
export function lspEdits(edits: EngineTextEdit[], snippets: boolean): Array<TextEdit | SnippetTextEdit> {
  return edits.map((e) => (snippets && e.snippet
    ? { range: e.range, snippet: StringValue.createSnippet(e.snippet) }
    : { range: e.range, newText: e.newText }));
}
