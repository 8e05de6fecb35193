import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { holdsClusterTemplates } from '../engine';
import type { Project } from './project';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.tox', '.venv', '__pycache__']);
const HEAT_VERSION_LINE = /^heat_template_version\s*:/m;

function isHeatYaml(path: string, name: string): boolean {
  if (!/\.ya?ml$/.test(name)) return false;
  try {
    return HEAT_VERSION_LINE.test(readFileSync(path, 'utf8'));
  } catch {
    return true; // let the lint step report it as unreadable
  }
}

const RUNBOOK_NAME = /\.(sh|bash|zsh|ksh|md|markdown|rst)$/;

/** Shell scripts and Markdown/reStructuredText runbooks count only when they hold cluster-template commands. */
function isClusterTemplateSource(path: string, name: string): boolean {
  if (!RUNBOOK_NAME.test(name)) return false;
  try {
    return holdsClusterTemplates({ path, text: readFileSync(path, 'utf8') });
  } catch {
    return false;
  }
}

/**
 * Files to lint under a path, sorted: `*.conf` files, YAML holding heat_template_version, files
 * matching the config's templateGlobs, and scripts and runbooks (`*.sh`, `*.md`, `*.rst`) holding
 * `openstack coe cluster` commands, minus what its `ignore` globs exclude (folders included).
 * A file given directly is linted whatever its name, unless ignored.
 */
export function discover(path: string, project: Project): string[] {
  if (!statSync(path).isDirectory()) return project.settingsFor(path).ignoredBy === undefined ? [path] : [];
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && project.settingsFor(full).ignoredBy === undefined) visit(full);
      } else if (entry.isFile()) {
        const settings = project.settingsFor(full);
        if (settings.ignoredBy === undefined && (entry.name.endsWith('.conf') || settings.heatTemplate || isHeatYaml(full, entry.name) || isClusterTemplateSource(full, entry.name))) found.push(full);
      }
    }
  };
  visit(path);
  return found;
}
