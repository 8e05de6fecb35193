import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.tox', '.venv', '__pycache__']);
const HEAT_VERSION_LINE = /^heat_template_version\s*:/m;

function isCandidate(path: string, name: string): boolean {
  if (name.endsWith('.conf')) return true;
  if (!/\.ya?ml$/.test(name)) return false;
  try {
    return HEAT_VERSION_LINE.test(readFileSync(path, 'utf8'));
  } catch {
    return true; // let the lint step report it as unreadable
  }
}

/** Files to lint under a folder, sorted; a file path given directly is always linted. */
export function discover(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) visit(full);
      } else if (entry.isFile() && isCandidate(full, entry.name)) {
        found.push(full);
      }
    }
  };
  visit(path);
  return found;
}
