/** The CLI's only contact with the disk: reading inputs and config files, and writing fixed files. */
import { chmodSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ConfigHost } from '../engine/settings';

/** Unreadable input: reported on stderr with exit status 2. */
export class InputError extends Error {}

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read '${path}': ${reason(error)}`);
  }
}

/** Config files: a missing one is simply not there; one that exists but cannot be read is an input error. */
export const diskConfigHost: ConfigHost = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw new InputError(`cannot read '${path}': ${reason(error)}`);
    }
  },
};

/**
 * Replaces a file's content atomically: a temporary file beside it is renamed over it, so a reader
 * never sees half a file. Writes through symbolic links and keeps the file's permission bits.
 */
export function writeAtomically(path: string, text: string): void {
  let target = path;
  let temp: string | undefined;
  try {
    target = realpathSync(path);
    const mode = statSync(target).mode & 0o7777;
    temp = join(dirname(target), `.${basename(target)}.magnum-heat-${process.pid}.tmp`);
    writeFileSync(temp, text, { mode });
    chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (error) {
    if (temp) {
      try {
        unlinkSync(temp);
      } catch {
        // nothing was left behind
      }
    }
    throw new InputError(`cannot write '${path}': ${reason(error)}`);
  }
}
