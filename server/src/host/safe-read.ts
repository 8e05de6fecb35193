/**
 * The one way the CLI and the language server read a file from the disk: only regular files, only up
 * to a size limit, and without ever blocking (a FIFO, /dev/zero or a terminal found in a checkout is
 * refused after open, never read). Both faces report the same reasons.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** Larger files are not read at all (a nested template is a few hundred KB at most; see MAX_PARSED_LENGTH). */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export type ReadOutcome =
  | { text: string; stat: Stats }
  /** `reason` is an errno code (ENOENT, EACCES, EISDIR...) or a plain phrase ("not a regular file"). */
  | { text?: undefined; reason: string; code?: string };

export const tooLarge = (limit: number) => `larger than ${Math.round(limit / (1024 * 1024))} MB`;
export const NOT_REGULAR = 'not a regular file';

// O_NONBLOCK: opening a FIFO for reading waits for a writer otherwise. O_NOCTTY: a terminal never becomes ours.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Reads a regular file as UTF-8, or says why not. Never throws. */
export function readRegularFile(path: string, limit = MAX_INPUT_BYTES): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code ?? (error as Error).message, code };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { reason: 'EISDIR', code: 'EISDIR' };
    if (!stat.isFile()) return { reason: NOT_REGULAR };
    if (stat.size > limit) return { reason: tooLarge(limit) };
    // The size can change while reading: read at most one byte more than the limit to notice.
    const buffer = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > limit) return { reason: tooLarge(limit) };
    return { text: buffer.toString('utf8', 0, length), stat };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code ?? (error as Error).message, code };
  } finally {
    closeSync(fd);
  }
}
