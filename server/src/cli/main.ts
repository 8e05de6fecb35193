import { readFileSync, statSync } from 'node:fs';
import { VERSION, type Diagnostic } from '../engine';
import { parseArgs, UsageError, USAGE, type LintCommand } from './args';
import { discover, type Found } from './discover';
import { displayName } from './display-name';
import { InputError } from './files';
import { paletteFor } from './colors';
import { formatJson, formatText, type FileReport } from './format';
import { formatGrouped } from './format-grouped';
import { expandGlob, isGlob } from './globs';
import { Progress } from './progress';
import { formatSarif } from './format-sarif';
import { readInput, type Input, type Outcome } from './lint-file';
import { effectiveConfig, formatEffectiveConfig } from './print-config';
import { lintAll } from './pool';
import { Project } from './project';
import { listRulesJson, listRulesText } from './rules-table';

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

function runLint(cmd: LintCommand): number | Promise<number> {
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
  const textOf = (found: Input) => (found.path === stdinName && stdin !== undefined ? stdin : readInput(found));
  const outcomes = lintAll(files, project, cmd, textOf, (path) => progress.next(displayName(path)));
  const finish = (done: Outcome[]) => {
    progress.done();
    return report(cmd, project, done);
  };
  return outcomes instanceof Promise ? outcomes.then(finish) : finish(outcomes);
}

function report(cmd: LintCommand, project: Project, outcomes: Outcome[]): number {
  const linted = new Set(outcomes.map((o) => o.report.path));
  // A config file named as a PATH is linted as a file of its own: report it there only.
  const configReports: FileReport[] = project.usedConfigs()
    .filter((c) => c.diagnostics.length > 0 && !linted.has(project.display(c.path)))
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

/** The exit status; a promise when files are checked in worker threads. */
export function main(argv: string[]): number | Promise<number> {
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
    const status = runLint(cmd);
    return status instanceof Promise ? status.catch(failure) : status;
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): number {
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
