/** The lint host over the file system: reads files (paths or file: URIs), never writes; cached per file until it changes. */
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LintHost } from '../engine';
import { boundedHost, ReadBoundary } from './read-boundary';
import { MAX_INPUT_BYTES, readRegularFile } from './safe-read';

/** A file system path for a path or file: URI; undefined for another scheme. */
export function toFsPath(path: string): string | undefined {
  if (/^file:/i.test(path)) {
    try {
      return fileURLToPath(path);
    } catch {
      return undefined;
    }
  }
  return /^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-z]:[\\/]/i.test(path) ? undefined : path;
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  text: string | undefined;
}

export class DiskHost implements LintHost {
  private readonly files = new Map<string, CachedFile>();

  readFile(path: string): string | undefined {
    const fsPath = toFsPath(path);
    if (fsPath === undefined) return undefined;
    try {
      const stat = statSync(fsPath);
      if (!stat.isFile() || stat.size > MAX_INPUT_BYTES) return undefined;
      const cached = this.files.get(fsPath);
      if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.text;
      const read = readRegularFile(fsPath);
      if (read.text === undefined) throw new Error(read.reason);
      this.files.set(fsPath, { mtimeMs: read.stat.mtimeMs, size: read.stat.size, text: read.text });
      return read.text;
    } catch {
      this.files.delete(fsPath);
      return undefined;
    }
  }

  listDirectory(path: string): string[] | undefined {
    const fsPath = toFsPath(path);
    if (fsPath === undefined) return undefined;
    try {
      return readdirSync(fsPath, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name)).sort();
    } catch {
      return undefined;
    }
  }

  /** This host limited to what one linted file may read (see read-boundary.ts). */
  within(boundary: ReadBoundary): LintHost {
    return boundedHost(this, boundary, toFsPath);
  }

  /** Forgets a file (e.g. after the CLI rewrote it, or a watcher reported a change). */
  invalidate(path: string): void {
    const fsPath = toFsPath(path);
    if (fsPath !== undefined) this.files.delete(fsPath);
  }
}
