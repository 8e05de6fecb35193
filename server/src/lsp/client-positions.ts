/**
 * Positions and lines as a client sends them are not trusted: LSP says they are non-negative integers,
 * but a client (or a hostile peer) may send 1.5, -1, 1e9, NaN or a string. They are made integers in
 * range before they reach the document, so an answer never holds `character: null` or an edit past
 * the end of the text.
 */
import type { Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const whole = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);

/** A line of the document: an integer from 0 to its last line. */
export function clientLine(document: TextDocument, line: unknown): number {
  return Math.min(whole(line), Math.max(0, document.lineCount - 1));
}

/** The document offset of a client position (past the end of a line or of the text it clamps, as LSP says). */
export function clientOffset(document: TextDocument, position: Position): number {
  return document.offsetAt({ line: whole(position?.line), character: whole(position?.character) });
}
