import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { VERSION, analyze, fixAll, keepLayout, lint, lintAnalysis, type Diagnostic } from '../engine';
import { DiskHost } from '../host/disk-host';
import { parseArgs, UsageError, USAGE, type LintCommand } from './args';
import { unifiedDiff } from './diff';
import { discover, type Found } from './discover';
import { displayName } from './display-name';
import { InputError, notice, readText, skipped, writeAtomically, WriteRefused } from './files';
import { checkedAgainst } from './checked-against';
import { paletteFor } from './colors';
import { formatJson, formatText, type FileReport } from './format';
import { formatGrouped } from './format-grouped';
import { expandGlob, isGlob } from './globs';
import { Progress } from './progress';
import { formatSarif } from './format-sarif';
import { effectiveConfig, formatEffectiveConfig } from './print-config';
import { maskDiagnostic, secretMask } from './redact';
import { Project } from './project';
import { listRulesJson, listRulesText } from './rules-table';

/** Reads the nested templates and environments the linted files refer to (never writes). */
const FILES = new DiskHost();

/** A file to lint and the path given on the command line that led to it. */
type Input = Found & { from: string };

/** The PATH `-`: stdin, checked as --stdin-filename (kind, driver, config) and shown under that name. */
const STDIN = '-';

function collectFiles(paths: string[], project: Project, stdinName: string): Input[] {
  const found = paths.flatMap((path): Input[] => {
    if (path === STDIN) return [{ path: stdinName, given: true, from: stdinName }];
    const within = (files: Found[]) => files.map((f) => ({ ...f, from: path }));
    if (!isGlob(path, project.cwd)) return within(discover(path, project));
    const matched = expandGlob(path, project.cwd);
    if (matched.length === 0) throw new InputError(`no file matches '${displayName(path)}'`);
    return matched.flatMap((file) => within(discover(file, project)));
  });
  // A folder without one file to check is most likely a mistyped path in CI: fail instead of passing.
  if (found.length === 0 && paths.some((p) => p !== STDIN && !isGlob(p, project.cwd) && statSync(p).isDirectory())) {
    throw new InputError(`nothing to check in ${paths.map((p) => `'${displayName(p)}'`).join(', ')}: no *.conf file, Heat template or environment (after the ignore of .magnum-heat.yaml)`);
  }
  return found;
}

interface Outcome {
  report: FileReport;
  /** With --fix-dry-run: the diff the fixes would make. */
  diff: string;
}

/** The file's text; a file met in a folder walk that cannot be read is skipped with a notice. */
function readInput({ path, given }: Found): string | undefined {
  try {
    return readText(path);
  } catch (error) {
    if (given || !(error instanceof InputError)) throw error;
    skipped(path, error.message.replace(/^cannot read '.*?': /s, ''));
    return undefined;
  }
}

function lintFile(found: Input, project: Project, cmd: LintCommand, stdin?: string): Outcome | undefined {
  const { path } = found;
  const { settings, heatTemplate } = project.settingsFor(path);
  const host = FILES.within(project.readBoundary(path, found.from));
  const input = (text: string) => ({ path: resolve(project.cwd, path), text, heatTemplate, host });
  const original = stdin ?? readInput(found);
  if (original === undefined) return undefined;
  let text = original;
  let diff = '';
  const name = (prefix: string) => (isAbsolute(path) ? path : `${prefix}/${path.split('\\').join('/')}`);
  if (cmd.fix || cmd.fixDryRun) {
    text = keepLayout(original, fixAll(original, (t) => lint(input(t), settings).diagnostics));
    if (cmd.fix && text !== original) text = written(path, text, original);
  }
  const analysis = analyze(input(text));
  const diagnostics = lintAnalysis(analysis, settings);
  const mask = secretMask(analysis.kind, original, text);
  if (cmd.fixDryRun) diff = unifiedDiff(name('a'), name('b'), mask(original), mask(text));
  return { report: { path, kind: analysis.kind, diagnostics: diagnostics.map((d) => maskDiagnostic(d, mask)), ...checkedAgainst(analysis, settings) }, diff };
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

/** `reports` are what --quiet leaves; text output then hides hints unless --include-hints (they stay counted). */
function format(cmd: LintCommand, reports: FileReport[], project: Project): string {
  if (cmd.format === 'json') return formatJson(reports);
  if (cmd.format === 'sarif') return formatSarif(reports, { cwd: project.cwd });
  const shown = cmd.includeHints ? reports : reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity !== 'hint') }));
  const hidden = reports.reduce((n, r) => n + r.diagnostics.length, 0) - shown.reduce((n, r) => n + r.diagnostics.length, 0);
  const grouped = cmd.layout === 'grouped' || (cmd.layout === 'auto' && process.stdout.isTTY === true);
  const palette = paletteFor(cmd.color, process.stdout.isTTY === true);
  return grouped ? formatGrouped(reports, shown, hidden, palette) : formatText(reports, shown, hidden, palette);
}

function runLint(cmd: LintCommand): number {
  const project = new Project(cmd, process.cwd());
  if (cmd.listRules) {
    process.stdout.write((cmd.format === 'json' ? listRulesJson() : listRulesText()) + '\n');
    return 0;
  }
  if (cmd.printConfig !== undefined) {
    const config = effectiveConfig(cmd.printConfig, project);
    process.stdout.write((cmd.format === 'json' ? JSON.stringify(config, null, 2) : formatEffectiveConfig(config)) + '\n');
    return 0;
  }
  const stdinName = cmd.stdinFilename ?? 'stdin';
  const stdin = cmd.paths.includes(STDIN) ? readFileSync(0, 'utf8') : undefined;
  const files = collectFiles(cmd.paths, project, stdinName);
  const progress = new Progress(files.length, process.stderr);
  const outcomes = files.flatMap((found) => {
    progress.next(displayName(found.path));
    return lintFile(found, project, cmd, found.path === stdinName && stdin !== undefined ? stdin : undefined) ?? [];
  });
  progress.done();
  const configReports: FileReport[] = project.usedConfigs()
    .filter((c) => c.diagnostics.length > 0)
    .map((c) => ({ path: project.display(c.path), kind: 'project-config', diagnostics: c.diagnostics }));
  const reports = [...configReports, ...outcomes.map((o) => o.report)];
  const all = reports.flatMap((r) => r.diagnostics);
  const shown = cmd.quiet ? reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : reports;
  process.stdout.write(cmd.fixDryRun ? outcomes.map((o) => o.diff).join('') : format(cmd, shown, project) + '\n');
  return exitStatus(cmd, all);
}

function exitStatus(cmd: LintCommand, diagnostics: Diagnostic[]): number {
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (cmd.maxWarnings !== undefined && warnings > cmd.maxWarnings) {
    process.stderr.write(`magnum-heat: ${warnings} warnings, more than --max-warnings ${cmd.maxWarnings}\n`);
    return 1;
  }
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

export function main(argv: string[]): number {
  try {
    const cmd = parseArgs(argv);
    if (cmd.command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if (cmd.command === 'version') {
      process.stdout.write(`magnum-heat ${VERSION}\n`);
      return 0;
    }
    return runLint(cmd);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`magnum-heat: ${error.message}\n${USAGE.split('\n')[0]}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`magnum-heat: ${error.message}\n`);
      return 2;
    }
    // A bug of ours: still one line, no stack trace (MAGNUM_HEAT_DEBUG=1 prints it).
    const detail = process.env.MAGNUM_HEAT_DEBUG === '1' ? (error as Error).stack : (error as Error).message;
    process.stderr.write(`magnum-heat: internal error, please report it: ${detail ?? String(error)}\n`);
    return 2;
  }
}
