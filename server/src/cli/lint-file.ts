/** Checking one file: reading it, --fix passes, the final lint, secrets masked in everything shown. */
import { isAbsolute, resolve } from 'node:path';
import { analysisMask, analyze, fixAll, keepLayout, lint, lintAnalysis, maskDiagnostic, type SharedParses } from '../engine';
import { DiskHost } from '../host/disk-host';
import type { LintCommand } from './args';
import { unifiedDiff } from './diff';
import { checkedAgainst } from './checked-against';
import type { Found } from './discover';
import { displayName } from './display-name';
import { InputError, notice, readText, skipped, writeAtomically, WriteRefused } from './files';
import type { FileReport } from './format';
import type { Project } from './project';

/** Reads the nested templates and environments the linted files refer to (never writes). */
const FILES = new DiskHost();

/** A file to lint and the path given on the command line that led to it. */
export type Input = Found & { from: string };

export interface Outcome {
  report: FileReport;
  /** With --fix-dry-run: the diff the fixes would make. */
  diff: string;
}

/** The file's text; a file met in a folder walk that cannot be read is skipped with a notice. */
export function readInput({ path, given }: Found): string | undefined {
  try {
    return readText(path);
  } catch (error) {
    if (given || !(error instanceof InputError)) throw error;
    skipped(path, error.message.replace(/^cannot read '.*?': /s, ''));
    return undefined;
  }
}

/** `shared`: parses of `original` made for another file with the same text. */
export function lintFile(found: Input, original: string, project: Project, cmd: LintCommand, shared?: SharedParses): Outcome {
  const { path } = found;
  const { settings, heatTemplate } = project.settingsFor(path);
  const host = FILES.within(project.readBoundary(path, found.from));
  const input = (text: string) => ({ path: resolve(project.cwd, path), text, heatTemplate, host });
  let text = original;
  let diff = '';
  const name = (prefix: string) => (isAbsolute(path) ? path : `${prefix}/${path.split('\\').join('/')}`);
  if (cmd.fix || cmd.fixDryRun) {
    text = keepLayout(original, fixAll(original, (t) => lint(input(t), settings).diagnostics));
    if (cmd.fix && text !== original) text = written(path, text, original);
  }
  const analysis = analyze(input(text), text === original ? shared : undefined);
  const mask = analysisMask(analysis, original);
  if (cmd.fixDryRun) diff = unifiedDiff(name('a'), name('b'), mask(original), mask(text));
  const diagnostics = lintAnalysis(analysis, settings).map((d) => maskDiagnostic(d, mask));
  return { report: { path, kind: analysis.kind, diagnostics, ...checkedAgainst(analysis, settings) }, diff };
}

/** The text the file holds after --fix: the fixed one, or the original when the write was refused. */
function written(path: string, text: string, original: string): string {
  try {
    writeAtomically(path, text);
    return text;
  } catch (error) {
    if (!(error instanceof WriteRefused)) throw error;
    notice(`not fixed '${displayName(path)}': ${error.message}`);
    return original;
  }
}
