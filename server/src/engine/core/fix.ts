import { LineIndex } from './text';
import type { Diagnostic, TextEdit } from './types';

/** An edit with the rule that offered it: stackable inserts join only others of the same rule. */
export type RuleEdit = TextEdit & { rule?: string };

/**
 * Applies edits to a text. Identical edits (the same fix offered by several findings) apply once;
 * stackable inserts of one rule at one place apply together, in order; any other edit overlapping
 * one already taken is skipped, to be picked up by a later pass.
 */
export function applyEdits(text: string, edits: RuleEdit[]): { text: string; applied: number } {
  const index = new LineIndex(text);
  const seen = new Set<string>();
  const spans = edits
    .map((e) => ({
      start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText,
      stack: e.stackable && e.rule !== undefined ? e.rule : undefined,
    }))
    .filter((e) => {
      const key = `${e.start}:${e.end}:${e.newText}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: typeof spans = [];
  for (const span of spans) {
    const previous = taken[taken.length - 1];
    if (previous && span.start === span.end && previous.start === span.start && previous.end === span.start && span.stack !== undefined && previous.stack === span.stack) {
      taken[taken.length - 1] = { ...previous, newText: previous.newText + span.newText };
      continue;
    }
    if (previous && span.start < previous.end) continue;
    if (previous && span.start === previous.end && span.start === span.end && previous.start === previous.end) continue;
    taken.push(span);
  }
  let out = text;
  for (const span of [...taken].reverse()) out = out.slice(0, span.start) + span.newText + out.slice(span.end);
  return { text: out, applied: taken.length };
}

/** The edits of each diagnostic's preferred fix. */
export function preferredEdits(diagnostics: Diagnostic[]): RuleEdit[] {
  return diagnostics.flatMap((d) => (d.fixes.find((f) => f.isPreferred)?.edits ?? []).map((e) => ({ ...e, rule: d.rule })));
}

/**
 * Inserts at the same place that cannot stack wait for a pass each (two "create the parameters
 * section" edits must not both apply); stackable ones (entries added to an existing section) apply in
 * one pass, so a template missing a hundred parameters is fixed in two. The bound only stops fixes
 * that keep growing the text.
 */
const MAX_FIX_PASSES = 64;

/**
 * Applies every preferred fix, pass after pass (a fix may make another one possible, and edits that
 * overlap wait for the next pass), until nothing changes or the text comes back to an earlier
 * version (fixes undoing each other). `lintText` lints a version of the text.
 */
export function fixAll(text: string, lintText: (text: string) => Diagnostic[]): string {
  let current = text;
  const seen = new Set([current]);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { text: next, applied } = applyEdits(current, preferredEdits(lintText(current)));
    if (applied === 0 || seen.has(next)) break;
    seen.add(next);
    current = next;
  }
  return current;
}

const LINE_BREAK_AT_END = /(\r\n|\n|\r)$/;

/**
 * Gives a fixed text the line breaks of the original: a file written with CRLF only (or LF only)
 * stays so, and the last line ends with a line break exactly when it did before.
 */
export function keepLayout(original: string, fixed: string): string {
  let out = fixed;
  const crlf = original.includes('\r\n');
  const lf = /(^|[^\r])\n/.test(original);
  if (crlf && !lf) out = out.replace(/\r?\n/g, '\r\n');
  else if (lf && !crlf) out = out.replace(/\r\n/g, '\n');
  const ending = LINE_BREAK_AT_END.exec(original)?.[1];
  const hasEnding = LINE_BREAK_AT_END.test(out);
  if (ending && !hasEnding && out !== '') out += ending;
  else if (!ending && hasEnding && original !== '') out = out.replace(LINE_BREAK_AT_END, '');
  return out;
}
