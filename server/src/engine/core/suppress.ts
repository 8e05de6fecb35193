/**
 * Suppression comments, the same in magnum.conf and in Heat YAML:
 *   `# magnum-heat-disable-next-line RULE[, RULE] -- reason`  the next line (stacked ones share it)
 *   `# magnum-heat-disable-line RULE[, RULE]`                 its own line (YAML end-of-line comments)
 *   `# magnum-heat-disable RULE[, RULE]`                      the whole file
 * With no RULE a comment covers every rule. oslo.config only knows whole-line comments starting in
 * column 1 (`#` or `;`), so in INI a comment indented or after a value is no comment at all.
 */
import type { LineIndex, Span } from './text';

export const SUPPRESSION_PREFIX = 'magnum-heat-disable';

export type DirectiveKind = 'next-line' | 'line' | 'file';

export interface RuleRef {
  id: string;
  span: Span;
}

export interface Directive {
  kind: DirectiveKind;
  /** From the comment character to the end of the comment. */
  comment: Span;
  /** Nothing but blanks before the comment on its line. */
  ownLine: boolean;
  line: number;
  /** The rules named; empty means every rule. */
  rules: RuleRef[];
  /** The line whose findings it suppresses; undefined for the whole file. */
  target: number | undefined;
}

const DIRECTIVE = /^[#;][ \t]*magnum-heat-disable(-next-line|-line)?(?![\w-])/;
const REASON = /(^|\s)--(\s|$)/;

function ruleRefs(text: string, from: number, offset: number): RuleRef[] {
  const rest = text.slice(from);
  const reason = REASON.exec(rest);
  const list = reason ? rest.slice(0, reason.index) : rest;
  return [...list.matchAll(/[^\s,]+/g)].map((m) => ({ id: m[0], span: { start: offset + from + m.index, end: offset + from + m.index + m[0].length } }));
}

function toDirective(comment: Span, index: LineIndex): Omit<Directive, 'target'> | undefined {
  const text = index.text.slice(comment.start, comment.end);
  const match = DIRECTIVE.exec(text);
  if (!match) return undefined;
  const kind: DirectiveKind = match[1] === '-next-line' ? 'next-line' : match[1] === '-line' ? 'line' : 'file';
  const { line, character } = index.positionAt(comment.start);
  const before = index.text.slice(comment.start - character, comment.start);
  return { kind, comment, ownLine: before.trim() === '', line, rules: ruleRefs(text, match[0].length, comment.start) };
}

/** The suppression comments of a document, among the comments its language finds. */
export function parseDirectives(index: LineIndex, commentSpans: (index: LineIndex) => Span[]): Directive[] {
  if (!index.text.includes(SUPPRESSION_PREFIX)) return [];
  const comments = commentSpans(index);
  const found = comments.flatMap((c) => toDirective(c, index) ?? []);
  const stacked = new Set(found.filter((d) => d.kind === 'next-line' && d.ownLine).map((d) => d.line));
  return found.map((d) => {
    if (d.kind === 'file') return { ...d, target: undefined };
    if (d.kind === 'line') return { ...d, target: d.line };
    let target = d.line + 1;
    while (stacked.has(target)) target++;
    return { ...d, target };
  });
}
