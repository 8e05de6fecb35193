import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ANSIBLE_MODULE_KEY_LINE } from '../engine';
import type { Project } from './project';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.tox', '.venv', '__pycache__', '.terraform']);
const HEAT_VERSION_LINE = /^heat_template_version\s*:/m;

/** A Heat template, or a playbook or task file calling Magnum's Ansible modules. */
function isCheckedYaml(path: string, name: string): boolean {
  if (!/\.ya?ml$/.test(name)) return false;
  try {
    const text = readFileSync(path, 'utf8');
    return HEAT_VERSION_LINE.test(text) || ANSIBLE_MODULE_KEY_LINE.test(text);
  } catch {
    return true; // let the lint step report it as unreadable
  }
}

const isTerraform = (name: string) => name.endsWith('.tf') || name.endsWith('.tofu');

/**
 * Files to lint under a path, sorted: `*.conf` and `*.tf` files, YAML holding heat_template_version
 * or calling Magnum's Ansible modules, and files matching the config's templateGlobs, minus what its `ignore` globs exclude (folders included).
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
        if (settings.ignoredBy === undefined && (entry.name.endsWith('.conf') || isTerraform(entry.name) || settings.heatTemplate || isCheckedYaml(full, entry.name))) found.push(full);
      }
    }
  };
  visit(path);
  return found;
}
