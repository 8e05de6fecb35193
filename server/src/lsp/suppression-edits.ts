/**
 * Edits that write suppression comments (the syntax of issue #6, honoured by the engine):
 *   `# magnum-heat-disable-next-line RULE[, RULE] -- reason` on the line above a finding,
 *   `# magnum-heat-disable RULE[, RULE]` at the top of the file for all of it.
 * A rule is added to an existing comment of the same kind instead of stacking a second comment.
 */
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export const NEXT_LINE_DIRECTIVE = 'magnum-heat-disable-next-line';
export const FILE_DIRECTIVE = 'magnum-heat-disable';

/** `# <directive> a, b -- reason`: group 1 is everything up to the end of the rule list. */
function directivePattern(directive: string): RegExp {
  return new RegExp(`^(\\s*#\\s*${directive}\\s+[\\w-]+(?:\\s*,\\s*[\\w-]+)*)(\\s+--.*)?\\s*$`);
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }).replace(/\r?\n$/, '');
}

function lineBreak(document: TextDocument): string {
  return document.getText().includes('\r\n') ? '\r\n' : '\n';
}

/** Appends `, rule` to the directive on `line` when it is one (and does not list the rule yet). */
function appendToDirective(document: TextDocument, line: number, directive: string, rule: string): TextEdit[] | undefined {
  const match = directivePattern(directive).exec(lineText(document, line));
  if (!match) return undefined;
  const listed = match[1].replace(/^\s*#\s*[\w-]+\s+/, '').split(/\s*,\s*/);
  if (listed.includes(rule)) return [];
  const at = { line, character: match[1].length };
  return [{ range: { start: at, end: at }, newText: `, ${rule}` }];
}

/**
 * Disables `rule` on `line`. YAML comments take the line's indentation; INI comments must start in
 * column 1 (an indented line continues the previous value in oslo.config).
 */
export function disableForLineEdits(document: TextDocument, line: number, rule: string, indentComment: boolean): TextEdit[] {
  if (line > 0) {
    const appended = appendToDirective(document, line - 1, NEXT_LINE_DIRECTIVE, rule);
    if (appended) return appended;
  }
  const indent = indentComment ? /^[ \t]*/.exec(lineText(document, line))?.[0] ?? '' : '';
  const at = { line, character: 0 };
  return [{ range: { start: at, end: at }, newText: `${indent}# ${NEXT_LINE_DIRECTIVE} ${rule}${lineBreak(document)}` }];
}

/** Disables `rule` for the whole file, extending a file directive among the leading comment lines. */
export function disableForFileEdits(document: TextDocument, rule: string): TextEdit[] {
  for (let line = 0; line < document.lineCount; line++) {
    const text = lineText(document, line);
    if (!text.trimStart().startsWith('#')) break;
    const appended = appendToDirective(document, line, FILE_DIRECTIVE, rule);
    if (appended) return appended;
  }
  const at = { line: 0, character: 0 };
  return [{ range: { start: at, end: at }, newText: `# ${FILE_DIRECTIVE} ${rule}${lineBreak(document)}` }];
}
