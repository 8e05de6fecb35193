import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { applyEdits, preferredEdits } from '../engine/fix';
import { lint } from '../engine/lint';
import { DiskHost } from '../host/disk-host';
import { VERSION } from '../engine/version';
import type { LintSettings } from '../engine/types';
import { parseArgs, UsageError, USAGE, type LintCommand } from './args';
import { discover } from './discover';
import { formatJson, formatText, type FileReport } from './format';

const MAX_FIX_PASSES = 10;

/** Reads the nested templates and environments the linted files refer to (never writes). */
const FILES = new DiskHost();

class InputError extends Error {}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function collectFiles(paths: string[]): string[] {
  return paths.flatMap((path) => {
    try {
      return discover(path);
    } catch (error) {
      throw new InputError(`cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  });
}

/** Applies preferred fixes until none apply, writes the file once (atomically), and returns the final text. */
function fixFile(path: string, original: string, settings: LintSettings): string {
  let text = original;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { text: next, applied } = applyEdits(text, preferredEdits(lint({ path, text, host: FILES }, settings).diagnostics));
    if (applied === 0 || next === text) break;
    text = next;
  }
  if (text !== original) {
    const temp = `${path}.magnum-heat-${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, path);
  }
  return text;
}

function runLint(cmd: LintCommand): number {
  const settings: LintSettings = { release: cmd.release, driver: cmd.driver };
  const reports: FileReport[] = collectFiles(cmd.paths).map((path) => {
    let text = readText(path);
    if (cmd.fix) text = fixFile(path, text, settings);
    const result = lint({ path, text, host: FILES }, settings);
    return { path, kind: result.kind, diagnostics: result.diagnostics };
  });
  process.stdout.write((cmd.format === 'json' ? formatJson(reports) : formatText(reports)) + '\n');
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
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
    throw error;
  }
}
