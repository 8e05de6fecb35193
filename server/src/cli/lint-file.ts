/** Checking one file: --fix passes, the final lint, secrets masked in everything shown. */
import { isAbsolute, resolve } from 'node:path';
import { analyze, fixAll, keepLayout, lint, lintAnalysis, type SharedParses } from '../engine';
import { DiskHost } from '../host/disk-host';
import type { LintCommand } from './args';
import { unifiedDiff } from './diff';
import { writeAtomically } from './files';
import type { FileReport } from './format';
import { analysisMask, maskDiagnostic } from './redact';
import type { Project } from './project';

/** Reads the nested templates and environments the linted files refer to (never writes). */
const FILES = new DiskHost();

export interface Outcome {
  report: FileReport;
  /** With --fix-dry-run: the diff the fixes would make. */
  diff: string;
}

/** `shared`: parses of `original` made for another file with the same text. */
export function lintFile(path: string, original: string, project: Project, cmd: LintCommand, shared?: SharedParses): Outcome {
  const { settings, heatTemplate } = project.settingsFor(path);
  const input = (text: string) => ({ path: resolve(project.cwd, path), text, heatTemplate, host: FILES });
  let text = original;
  let diff = '';
  const name = (prefix: string) => (isAbsolute(path) ? path : `${prefix}/${path.split('\\').join('/')}`);
  if (cmd.fix || cmd.fixDryRun) {
    text = keepLayout(original, fixAll(original, (t) => lint(input(t), settings).diagnostics));
    if (cmd.fix && text !== original) writeAtomically(path, text);
  }
  const analysis = analyze(input(text), text === original ? shared : undefined);
  const mask = analysisMask(analysis, original);
  if (cmd.fixDryRun) diff = unifiedDiff(name('a'), name('b'), mask(original), mask(text));
  return { report: { path, kind: analysis.kind, diagnostics: lintAnalysis(analysis, settings).map((d) => maskDiagnostic(d, mask)) }, diff };
}
