/** Drops the diagnostics that suppression comments cover and reports the comments that covered nothing. */
import { unusedSuppression } from './rules/unused-suppression';
import { parseDirectives, type Directive, type RuleRef } from './suppress';
import type { LineIndex, Span } from './text';
import type { Diagnostic, Fix, RuleSetting } from './types';
import { didYouMean } from './util/did-you-mean';

const UNUSED_SUPPRESSION = unusedSuppression.meta.id;

const WHERE: Record<Directive['kind'], string> = { 'next-line': 'on the next line', line: 'on this line', file: 'in this file' };

function covers(directive: Directive, diagnostic: Diagnostic): boolean {
  return directive.target === undefined || directive.target === diagnostic.range.start.line;
}

/** The edit that deletes a whole comment: its line when it stands alone, else the comment and the blanks before it. */
function removeComment(directive: Directive, index: LineIndex): Span {
  if (!directive.ownLine) {
    let start = directive.comment.start;
    while (start > 0 && (index.text[start - 1] === ' ' || index.text[start - 1] === '\t')) start--;
    return { start, end: directive.comment.end };
  }
  const start = index.lineStart(directive.line);
  if (directive.line + 1 < index.lineCount) return { start, end: index.lineStart(directive.line + 1) };
  return { start: directive.line > 0 ? index.lineContentEnd(directive.line - 1) : start, end: index.text.length };
}

/** Deletes one rule from a list of several, with the separator that joins it to a neighbour. */
function removeRef(directive: Directive, ref: RuleRef): Span {
  const at = directive.rules.indexOf(ref);
  const next = directive.rules[at + 1];
  return next ? { start: ref.span.start, end: next.span.start } : { start: directive.rules[at - 1].span.end, end: ref.span.end };
}

function fix(title: string, span: Span, newText: string, index: LineIndex, preferred: boolean): Fix {
  return { title, edits: [{ range: index.rangeOf(span), newText }], ...(preferred ? { isPreferred: true } : {}) };
}

interface Unused {
  directive: Directive;
  ref?: RuleRef;
  known: boolean;
}

function report(unused: Unused, allUnused: boolean, index: LineIndex, severity: Exclude<RuleSetting, 'off'>, ids: readonly string[]): Diagnostic {
  const { directive, ref } = unused;
  const removal = allUnused || !ref ? removeComment(directive, index) : removeRef(directive, ref);
  const title = allUnused || !ref ? 'Remove the unused suppression comment' : `Remove '${ref.id}' from the suppression comment`;
  const fixes: Fix[] = [];
  let message: string;
  if (ref && !unused.known) {
    const near = didYouMean(ref.id, ids);
    message = `'${ref.id}' is not a magnum-heat rule, so this suppression has no effect.${near ? ` Did you mean '${near}'?` : ''}`;
    if (near) fixes.push(fix(`Change to '${near}'`, ref.span, near, index, false));
    fixes.push(fix(title, removal, '', index, false));
  } else {
    const what = ref ? `'${ref.id}' is not reported` : 'Nothing is reported';
    message = `${what} ${WHERE[directive.kind]}: the suppression is unused.`;
    if (directive.kind === 'line' && directive.ownLine) message += ' A disable-line comment covers only its own line; put disable-next-line above the line instead.';
    fixes.push(fix(title, removal, '', index, true));
  }
  const span = ref?.span ?? directive.comment;
  return { rule: UNUSED_SUPPRESSION, severity, message, range: index.rangeOf(span), fixes, tags: ['unnecessary'] };
}

/**
 * Applies the document's suppression comments to its diagnostics. Findings of `unused-suppression`
 * itself are never suppressed; change its severity or turn it off with the `rules` setting.
 */
export function applySuppressions(diagnostics: Diagnostic[], index: LineIndex, commentSpans: (index: LineIndex) => Span[], rules: Record<string, RuleSetting> | undefined, ids: readonly string[]): Diagnostic[] {
  const directives = parseDirectives(index, commentSpans);
  if (directives.length === 0) return diagnostics;
  const used = new Set<Directive | RuleRef>();
  const kept = diagnostics.filter((d) => {
    let suppressed = false;
    for (const directive of directives) {
      if (!covers(directive, d)) continue;
      const refs = directive.rules.filter((r) => r.id === d.rule);
      if (directive.rules.length === 0) used.add(directive);
      refs.forEach((r) => used.add(r));
      suppressed ||= directive.rules.length === 0 || refs.length > 0;
    }
    return !suppressed;
  });
  const severity = rules?.[UNUSED_SUPPRESSION] ?? unusedSuppression.meta.severity;
  if (severity === 'off') return kept;
  for (const directive of directives) {
    const unused: Unused[] = directive.rules.length === 0
      ? (used.has(directive) ? [] : [{ directive, known: true }])
      : directive.rules.filter((r) => !used.has(r)).map((ref) => ({ directive, ref, known: ids.includes(ref.id) }));
    const allUnused = unused.length === Math.max(1, directive.rules.length);
    for (const u of unused) kept.push(report(u, allUnused, index, severity, ids));
  }
  return kept;
}
