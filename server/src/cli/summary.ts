/** Counts over a run's findings, shared by the text layouts and the JSON summary. */
import type { Diagnostic } from '../engine';
import type { FileReport } from './format';

/** What --fix would change: a finding with a preferred fix. */
export const isFixable = (d: Diagnostic): boolean => d.fixes.some((f) => f.isPreferred);

export interface Summary {
  /** Files checked (a `.magnum-heat.yaml` in error is not one). */
  files: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  fixable: number;
}

export function summarize(files: readonly FileReport[]): Summary {
  const all = files.flatMap((f) => f.diagnostics);
  const of = (severity: Diagnostic['severity']) => all.filter((d) => d.severity === severity).length;
  return {
    files: files.filter((f) => f.kind !== undefined && f.kind !== 'project-config').length,
    errors: of('error'),
    warnings: of('warning'),
    information: of('information'),
    hints: of('hint'),
    fixable: all.filter(isFixable).length,
  };
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The lines after the counts: what --fix would do, and the hints left out. */
export function summaryNotes(summary: Summary, hiddenHints: number): string[] {
  const notes: string[] = [];
  if (summary.fixable > 0) notes.push(`${summary.fixable} fixable with --fix`);
  if (hiddenHints > 0) notes.push(`${plural(hiddenHints, 'hint')} not shown (--include-hints shows ${hiddenHints === 1 ? 'it' : 'them'})`);
  return notes;
}
