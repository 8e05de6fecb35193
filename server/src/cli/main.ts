import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fixAll, keepLayout } from '../engine/fix';
import { lint } from '../engine/lint';
import { DiskHost } from '../host/disk-host';
import { VERSION } from '../engine/version';
import type { Diagnostic } from '../engine/types';
import { parseArgs, UsageError, USAGE, type LintCommand } from './args';
import { unifiedDiff } from './diff';
import { discover } from './discover';
import { InputError, readText, writeAtomically } from './files';
import { paletteFor } from './colors';
import { formatJson, formatText, type FileReport } from './format';
import { formatGrouped } from './format-grouped';
import { checkedAgainst } from './checked-against';
import { expandGlob, isGlob } from './globs';
import { Progress } from './progress';
import { formatSarif } from './format-sarif';
import { effectiveConfig, formatEffectiveConfig } from './print-config';
import { maskDiagnostic, secretMask } from './redact';
import { Project } from './project';
import { listRulesJson, listRulesText } from './rules-table';

/** Reads the nested templates and environments the linted files refer to (never writes). */
const FILES = new DiskHost();

/** The PATH `-`: stdin, checked as --stdin-filename (kind, driver, config) and shown under that name. */
const STDIN = '-';

function collectFiles(paths: string[], project: Project, stdinName: string): string[] {
  const found = paths.flatMap((path) => {
    if (path === STDIN) return [stdinName];
    if (isGlob(path, project.cwd)) {
      const matched = expandGlob(path, project.cwd);
      if (matched.length === 0) throw new InputError(`no file matches '${path}'`);
      return matched.flatMap((file) => discover(file, project));
    }
    try {
      statSync(path);
    } catch (error) {
      throw new InputError(`cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    return discover(path, project);
  });
  // A folder without one file to check is most likely a mistyped path in CI: fail instead of passing.
  if (found.length === 0 && paths.some((p) => p !== STDIN && !isGlob(p, project.cwd) && statSync(p).isDirectory())) {
    throw new InputError(`nothing to check in ${paths.map((p) => `'${p}'`).join(', ')}: no *.conf file, Heat template or environment (after the ignore of .magnum-heat.yaml)`);
  }
  return found;
}

interface Outcome {
  report: FileReport;
  /** With --fix-dry-run: the diff the fixes would make. */
  diff: string;
}

function lintFile(path: string, project: Project, cmd: LintCommand, stdin?: string): Outcome {
  const { settings, heatTemplate } = project.settingsFor(path);
  const input = (text: string) => ({ path: resolve(project.cwd, path), text, heatTemplate, host: FILES });
  const original = stdin ?? readText(path);
  let text = original;
  let diff = '';
  const name = (prefix: string) => (isAbsolute(path) ? path : `${prefix}/${path.split('\\').join('/')}`);
  if (cmd.fix || cmd.fixDryRun) {
    text = keepLayout(original, fixAll(original, (t) => lint(input(t), settings).diagnostics));
    if (cmd.fix && text !== original) writeAtomically(path, text);
  }
  const result = lint(input(text), settings);
  const mask = secretMask(result.kind, original, text);
  if (cmd.fixDryRun) diff = unifiedDiff(name('a'), name('b'), mask(original), mask(text));
  const report: FileReport = { path, kind: result.kind, diagnostics: result.diagnostics.map((d) => maskDiagnostic(d, mask)), ...checkedAgainst(path, result.kind, settings, project) };
  return { report, diff };
}

/** `reports` are what --quiet leaves; text output then hides hints unless --include-hints (they stay counted). */
function format(cmd: LintCommand, reports: FileReport[], cwd: string): string {
  if (cmd.format === 'json') return formatJson(reports);
  if (cmd.format === 'sarif') return formatSarif(reports, { cwd });
  const counted = reports;
  const shown = cmd.includeHints ? counted : counted.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity !== 'hint') }));
  const hidden = counted.reduce((n, r) => n + r.diagnostics.length, 0) - shown.reduce((n, r) => n + r.diagnostics.length, 0);
  const grouped = cmd.layout === 'grouped' || (cmd.layout === 'auto' && process.stdout.isTTY === true);
  const palette = paletteFor(cmd.color, process.stdout.isTTY === true);
  return grouped ? formatGrouped(counted, shown, hidden, palette) : formatText(counted, shown, hidden, palette);
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
  const outcomes = files.map((path) => {
    progress.next(path);
    return lintFile(path, project, cmd, path === stdinName && stdin !== undefined ? stdin : undefined);
  });
  progress.done();
  const configReports: FileReport[] = project.usedConfigs()
    .filter((c) => c.diagnostics.length > 0)
    .map((c) => ({ path: project.display(c.path), kind: 'project-config', diagnostics: c.diagnostics }));
  const reports = [...configReports, ...outcomes.map((o) => o.report)];
  const all = reports.flatMap((r) => r.diagnostics);
  const shown = cmd.quiet ? reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : reports;
  process.stdout.write(cmd.fixDryRun ? outcomes.map((o) => o.diff).join('') : format(cmd, shown, project.cwd) + '\n');
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
