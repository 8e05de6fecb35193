import { LineIndex } from './text';
import type { Diagnostic, TextEdit } from './types';

/**
 * Applies edits to a text. Identical edits (the same fix offered by several findings) apply once;
 * an edit overlapping one already taken is skipped, to be picked up by a later pass.
 */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: number } {
  const index = new LineIndex(text);
  const seen = new Set<string>();
  const spans = edits
    .map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText }))
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
    if (previous && span.start < previous.end) continue;
    if (previous && span.start === previous.end && span.start === span.end && previous.start === previous.end) continue;
    taken.push(span);
  }
  let out = text;
  for (const span of [...taken].reverse()) out = out.slice(0, span.start) + span.newText + out.slice(span.end);
  return { text: out, applied: taken.length };
}

/** The edits of each diagnostic's preferred fix. */
export function preferredEdits(diagnostics: Diagnostic[]): TextEdit[] {
  return diagnostics.flatMap((d) => d.fixes.find((f) => f.isPreferred)?.edits ?? []);
}
