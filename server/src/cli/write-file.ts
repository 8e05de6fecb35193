/**
 * `--fix` writes: the new content goes to a temporary file created exclusively (O_EXCL, a random name,
 * never through a link) beside the file, with the file's mode and owner, then renamed over it, so a
 * reader never sees half a file and a checkout cannot aim the write elsewhere. Files whose replacement
 * would change what they are are refused: read-only ones, ones with several hard links (a rename would
 * split them), and ones whose owner cannot be kept.
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file was left as it was, for the reason given (the run goes on and reports its findings). */
export class WriteRefused extends Error {}

const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

function checkReplaceable(target: string): { mode: number; uid: number; gid: number } {
  const stat = statSync(target);
  if (!stat.isFile()) throw new WriteRefused('it is not a regular file');
  if (stat.nlink > 1) throw new WriteRefused(`it has ${stat.nlink} hard links, which a rewrite would split; fix it by hand`);
  if ((stat.mode & 0o222) === 0) throw new WriteRefused(`it is read-only (mode ${(stat.mode & 0o777).toString(8).padStart(4, '0')})`);
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw new WriteRefused('no permission to write it');
  }
  return { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid };
}

function keepOwner(fd: number, uid: number, gid: number): void {
  if (typeof process.getuid !== 'function' || (process.getuid() === uid && process.getgid?.() === gid)) return;
  try {
    fchownSync(fd, uid, gid);
  } catch {
    throw new WriteRefused(`it belongs to uid ${uid}, gid ${gid}, and the rewritten file could not keep that owner`);
  }
}

/** Replaces a file's content atomically (through a symbolic link given on the command line). */
export function writeAtomically(path: string, text: string): void {
  let temp: string | undefined;
  let fd: number | undefined;
  try {
    const target = realpathSync(path);
    const { mode, uid, gid } = checkReplaceable(target);
    const name = join(dirname(target), `.${basename(target)}.${randomBytes(8).toString('hex')}.magnum-heat.tmp`);
    fd = openSync(name, CREATE_FLAGS, 0o600);
    temp = name; // ours from here on, to remove if anything fails
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
    keepOwner(fd, uid, gid);
    fchmodSync(fd, mode);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
    temp = undefined;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    if (temp !== undefined) {
      try {
        unlinkSync(temp);
      } catch {
        // nothing was left behind
      }
    }
    throw error instanceof WriteRefused ? error : new WriteRefused(`cannot write it: ${code(error)}`);
  }
}
