/** The CLI's only contact with the disk: reading inputs and config files, and writing fixed files. */
import { readRegularFile } from '../host/safe-read';
import type { ConfigHost } from '../engine/settings';
import { displayName } from './display-name';

/** Unreadable input: reported on stderr with exit status 2. */
export class InputError extends Error {}

export { writeAtomically, WriteRefused } from './write-file';

/** What was left out and why, one line each on stderr (the run goes on). */
export function notice(message: string): void {
  process.stderr.write(`magnum-heat: ${message}\n`);
}

export function skipped(path: string, reason: string): void {
  notice(`skipped '${displayName(path)}': ${reason}`);
}

/** A regular file of at most MAX_INPUT_BYTES, as UTF-8; anything else is an InputError naming the reason. */
export function readText(path: string): string {
  const read = readRegularFile(path);
  if (read.text === undefined) throw new InputError(`cannot read '${displayName(path)}': ${read.reason}`);
  return read.text;
}

/**
 * Config files: a missing one is simply not there. The one given with --config must be readable; one
 * found above a file that cannot be read (a FIFO, a device, too large, no permission: maybe planted in a
 * shared folder) is skipped with a notice, and the search goes on upward.
 */
export function diskConfigHost(explicit?: string): ConfigHost {
  const reported = new Set<string>();
  return {
    readFile(path) {
      const read = readRegularFile(path);
      if (read.text !== undefined) return read.text;
      if (read.code === 'ENOENT' || read.code === 'ENOTDIR') return undefined;
      if (path === explicit) throw new InputError(`cannot read '${displayName(path)}': ${read.reason}`);
      if (!reported.has(path)) skipped(path, `${read.reason} (config file not used)`);
      reported.add(path);
      return undefined;
    },
  };
}
