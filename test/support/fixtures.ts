import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { applyEdits } from '../../server/src/engine/core/fix';
import { lint } from '../../server/src/engine';
import { LineIndex } from '../../server/src/engine/core/text';
import type { Diagnostic, LintSettings, Range } from '../../server/src/engine/core/types';

/** The repository root, from out/test/support at run time. */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');

export function fixturePath(relative: string): string {
  return join(FIXTURES, relative);
}

export function readFixture(relative: string): string {
  return readFileSync(fixturePath(relative), 'utf8');
}

export function lintText(path: string, text: string, settings: LintSettings = {}): Diagnostic[] {
  return lint({ path, text }, settings).diagnostics;
}

export function lintFixture(relative: string, settings: LintSettings = {}): { text: string; diagnostics: Diagnostic[] } {
  const text = readFixture(relative);
  return { text, diagnostics: lintText(fixturePath(relative), text, settings) };
}

export function only(diagnostics: Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((d) => d.rule === rule);
}

/** The range of the n-th (0-based) occurrence of `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' occurrence ${occurrence} not found`);
  }
  return new LineIndex(text).rangeOf({ start: at, end: at + needle.length });
}

/** Applies one fix of a diagnostic (by title match, or the preferred one). */
export function applyFix(text: string, diagnostic: Diagnostic, title?: RegExp): string {
  const fix = title ? diagnostic.fixes.find((f) => title.test(f.title)) : diagnostic.fixes.find((f) => f.isPreferred);
  if (!fix) throw new Error(`no fix ${title ?? '(preferred)'} on ${diagnostic.rule}: ${diagnostic.fixes.map((f) => f.title).join(' | ')}`);
  return applyEdits(text, fix.edits).text;
}
