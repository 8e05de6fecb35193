import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { ANSIBLE_MODULE_KEY_LINE, holdsClusterTemplates } from '../engine';
import { NOT_REGULAR, readRegularFile } from '../host/safe-read';
import { InputError, skipped } from './files';
import type { Project } from './project';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.tox', '.venv', '__pycache__', '.terraform']);
const HEAT_VERSION_LINE = /^heat_template_version\s*:/m;
const CANDIDATE_NAME = /\.(conf|ya?ml|tf|tofu)$/;

/** A file to lint; `given` when it was named on the command line (then a read failure is exit 2, else a notice). */
export interface Found {
  path: string;
  given: boolean;
}

/** A Heat template, or a playbook or task file calling Magnum's Ansible modules. */
function isCheckedYaml(path: string, name: string): boolean {
  if (!/\.ya?ml$/.test(name)) return false;
  const read = readRegularFile(path);
  return read.text === undefined || HEAT_VERSION_LINE.test(read.text) || ANSIBLE_MODULE_KEY_LINE.test(read.text); // an unreadable one is reported by the lint step
}

const RUNBOOK_NAME = /\.(sh|bash|zsh|ksh|md|markdown|rst)$/;

/** Shell scripts and Markdown/reStructuredText runbooks count only when they hold cluster-template commands. */
function isClusterTemplateSource(path: string, name: string): boolean {
  if (!RUNBOOK_NAME.test(name)) return false;
  const read = readRegularFile(path);
  return read.text !== undefined && holdsClusterTemplates({ path, text: read.text });
}

/** Entries of a folder; a name that is not UTF-8 cannot be named back to the file system, so it is reported and left out. */
function entries(dir: string): Array<Dirent<string>> | undefined {
  let raw: Array<Dirent<Buffer>>;
  try {
    raw = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    skipped(dir, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    return undefined;
  }
  const out: Array<Dirent<string>> = [];
  for (const entry of raw) {
    const name = entry.name.toString('utf8');
    if (Buffer.from(name, 'utf8').equals(entry.name)) out.push(Object.assign(entry, { name }) as unknown as Dirent<string>);
    else skipped(join(dir, name), 'its name is not valid UTF-8');
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const isTerraform = (name: string) => name.endsWith('.tf') || name.endsWith('.tofu');

/**
 * Files to lint under a path, sorted: `*.conf` and `*.tf` files, YAML holding heat_template_version
 * or calling Magnum's Ansible modules, files matching the config's templateGlobs, and scripts and
 * runbooks (`*.sh`, `*.md`, `*.rst`) holding `openstack coe cluster` commands, minus what its
 * `ignore` globs exclude (folders included). A file given directly is linted whatever its name,
 * unless ignored. In folders only regular files are taken: symbolic links, FIFOs and devices with
 * a lintable name are reported as skipped.
 */
export function discover(path: string, project: Project): Found[] {
  let isDirectory: boolean;
  try {
    const stat = statSync(path);
    isDirectory = stat.isDirectory();
    if (!isDirectory && !stat.isFile()) throw new InputError(`cannot read '${path}': ${NOT_REGULAR}`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!isDirectory) return project.settingsFor(path).ignoredBy === undefined ? [{ path, given: true }] : [];
  try {
    readdirSync(path);
  } catch (error) {
    throw new InputError(`cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const found: Found[] = [];
  const visit = (dir: string) => {
    for (const entry of entries(dir) ?? []) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && project.settingsFor(full).ignoredBy === undefined) visit(full);
        continue;
      }
      const settings = project.settingsFor(full);
      if (settings.ignoredBy !== undefined) continue;
      if (entry.isFile()) {
        if (entry.name.endsWith('.conf') || settings.heatTemplate || isTerraform(entry.name) || isCheckedYaml(full, entry.name) || isClusterTemplateSource(full, entry.name)) found.push({ path: full, given: false });
      } else if (CANDIDATE_NAME.test(entry.name) || settings.heatTemplate) {
        skipped(full, entry.isSymbolicLink() ? 'a symbolic link (not followed in folders; name it on the command line to check it)' : NOT_REGULAR);
      }
    }
  };
  visit(path);
  return found;
}
