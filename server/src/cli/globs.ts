/**
 * PATH arguments that are globs (quoted, so the shell left them alone, as in CI or on Windows):
 * `'drivers/**\/*.yaml'`, `'etc/*.conf'`. Matched from the working folder like a shell would, `**`
 * spanning folders; a path that exists as written is never a glob.
 */
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { compileGlob } from '../engine';

const GLOB_CHARS = /[*?[{]/;
const SKIP_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', '.tox', '.venv', '__pycache__']);

export function isGlob(pattern: string, cwd: string): boolean {
  return GLOB_CHARS.test(pattern) && !existsSync(resolve(cwd, pattern));
}

/** The files a glob matches, sorted, as relative paths when the pattern was relative. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const absolute = resolve(cwd, pattern).split(sep).join('/');
  const parts = absolute.split('/');
  const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstGlob).join('/') || '/';
  const matches = compileGlob(absolute); // absolute: anchored, not "at any folder"
  const found: string[] = [];
  const visit = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = `${dir === '/' ? '' : dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIP_FOLDERS.has(entry.name)) visit(full);
      } else if (entry.isFile() && matches(full)) {
        found.push(full);
      }
    }
  };
  visit(base);
  return found.sort().map((f) => (isAbsolute(pattern) ? f : relative(cwd, f)));
}
