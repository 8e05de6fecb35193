/** What applying one fix must preserve, checked on the text before and after. */
import { applyEdits } from '../../server/src/engine/core/fix';
import { lint } from '../../server/src/engine';
import { LineIndex, type Span } from '../../server/src/engine/core/text';
import type { Diagnostic, Fix, LintSettings, Range } from '../../server/src/engine/core/types';

export interface FixCase {
  /** Where the document came from, for messages. */
  source: string;
  path: string;
  text: string;
  settings: LintSettings;
}

const key = (d: Diagnostic) => `${d.rule}: ${d.message}`;

function counts(keys: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

/** The line break styles a text uses. */
function lineBreaks(text: string): Set<string> {
  return new Set(text.match(/\r\n|\r|\n/g) ?? []);
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0];

/** Lines of `after` that `before` does not have (as a multiset). */
function addedLines(before: string, after: string): string[] {
  const available = counts(before.split(/\r\n|\r|\n/));
  const added: string[] = [];
  for (const line of after.split(/\r\n|\r|\n/)) {
    const left = available.get(line) ?? 0;
    if (left > 0) available.set(line, left - 1);
    else added.push(line);
  }
  return added;
}

/**
 * An added line's indentation must be made of spaces when the document indents with spaces, and be
 * one the document already uses, or one step (its smallest indentation) deeper than one it uses.
 */
function indentationProblems(before: string, after: string): string[] {
  const lines = before.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const widths = new Set(lines.map((l) => indentOf(l).length));
  const step = Math.min(...[...widths].filter((w) => w > 0), Infinity);
  const usesTabs = lines.some((l) => indentOf(l).includes('\t'));
  const problems: string[] = [];
  for (const line of addedLines(before, after)) {
    if (line.trim() === '') continue;
    const indent = indentOf(line);
    if (indent.includes('\t') && !usesTabs) problems.push(`adds a tab-indented line ${JSON.stringify(line)}`);
    const width = indent.length;
    if (!widths.has(width) && !(Number.isFinite(step) && widths.has(width - step))) problems.push(`adds a line indented by ${width}, a width the document does not use: ${JSON.stringify(line)}`);
  }
  return problems;
}

/** Where the ranges of the text before a fix are in the text after it. */
class RangeMap {
  private readonly beforeIndex: LineIndex;
  private readonly afterIndex: LineIndex;
  /** The fix's edits as offsets in the text before, in order. */
  private readonly spans: Array<Span & { newText: string }>;

  constructor(before: string, after: string, fix: Fix) {
    this.beforeIndex = new LineIndex(before);
    this.afterIndex = new LineIndex(after);
    this.spans = fix.edits
      .map((e) => ({ start: this.beforeIndex.offsetAt(e.range.start), end: this.beforeIndex.offsetAt(e.range.end), newText: e.newText }))
      .sort((a, b) => a.start - b.start);
  }

  /** The range after the fix, or undefined when an edit touches it. */
  map(range: Range): Range | undefined {
    const start = this.beforeIndex.offsetAt(range.start);
    const end = this.beforeIndex.offsetAt(range.end);
    let shift = 0;
    for (const span of this.spans) {
      if (span.end <= start && span.start < start) shift += span.newText.length - (span.end - span.start);
      else if (span.start < end || (span.start === start && span.end === span.start && start === end)) return undefined;
      else if (span.start === start && span.start === span.end) shift += span.newText.length;
    }
    return this.afterIndex.rangeOf({ start: start + shift, end: end + shift });
  }
}

const sameRange = (a: Range, b: Range) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies one fix and lists what broke: the finding stays (same rule, message and moved range), a
 * new error appears (one whose rule reports nothing at that moved place before, and whose message
 * was not there before either), the text no longer parses
 * (a syntax error is an error), applying the edits twice differs from once, line breaks or
 * indentation change style.
 */
export function fixProblems(c: FixCase, diagnostic: Diagnostic, fix: Fix, before: Diagnostic[]): string[] {
  const problems: string[] = [];
  const once = applyEdits(c.text, fix.edits).text;
  if (applyEdits(c.text, [...fix.edits, ...fix.edits]).text !== once) problems.push('applying its edits twice differs from once');
  if (once === c.text) problems.push('changes nothing');
  const after = lint({ path: c.path, text: once }, c.settings).diagnostics;
  const ranges = new RangeMap(c.text, once, fix);
  const beforeCounts = counts(before.map(key));
  const afterCounts = counts(after.map(key));
  const target = ranges.map(diagnostic.range);
  const stays = target
    ? after.some((d) => key(d) === key(diagnostic) && sameRange(d.range, target))
    : (afterCounts.get(key(diagnostic)) ?? 0) >= (beforeCounts.get(key(diagnostic)) ?? 0);
  if (stays) problems.push('the finding is still reported');
  const moved = before.map((d) => ({ d, range: ranges.map(d.range) }));
  for (const d of after) {
    if (d.severity !== 'error') continue;
    const existed = moved.some((m) => m.d.rule === d.rule && m.range && sameRange(m.range, d.range))
      || (afterCounts.get(key(d)) ?? 0) <= (beforeCounts.get(key(d)) ?? 0);
    if (!existed) problems.push(`new error: ${key(d)}`);
  }
  const styles = lineBreaks(c.text);
  for (const style of lineBreaks(once)) {
    if (styles.size > 0 && !styles.has(style)) problems.push(`adds a ${JSON.stringify(style)} line break to a document that has none`);
  }
  problems.push(...indentationProblems(c.text, once));
  return [...new Set(problems)];
}
