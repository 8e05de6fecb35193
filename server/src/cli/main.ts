import { join } from 'node:path';
import { VERSION, type Diagnostic } from '../engine';
import { parseArgs, UsageError, USAGE, type LintCommand } from './args';
import { discover, type Found } from './discover';
import { InputError } from './files';
import { formatJson, formatText, type FileReport } from './format';
import { formatSarif } from './format-sarif';
import type { Outcome } from './lint-file';
import { effectiveConfig, formatEffectiveConfig } from './print-config';
import { lintAll } from './pool';
import { Project } from './project';
import { listRulesJson, listRulesText } from './rules-table';

/** dist/cli.js -> the rule pages shipped beside the bundle. */
const DOCS_ROOT = join(__dirname, '..', 'docs', 'rules');

function collectFiles(paths: string[], project: Project): Found[] {
  return paths.flatMap((path) => discover(path, project));
}

function format(cmd: LintCommand, reports: FileReport[], project: Project): string {
  if (cmd.format === 'json') return formatJson(reports);
  if (cmd.format === 'sarif') return formatSarif(reports, { cwd: project.cwd, docsRoot: DOCS_ROOT });
  return formatText(reports);
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
  const outcomes = lintAll(collectFiles(cmd.paths, project), project, cmd);
  return outcomes instanceof Promise ? outcomes.then((o) => report(cmd, project, o)) : report(cmd, project, outcomes);
}

function report(cmd: LintCommand, project: Project, outcomes: Outcome[]): number {
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
