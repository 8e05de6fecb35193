/**
 * How the engine reads other files (nested templates, environments) without touching the disk itself:
 * the CLI gives it a disk reader, the language server open documents first and then the disk.
 * Paths are what the caller uses for the linted file: file system paths or URIs.
 */
export interface LintHost {
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readFile(path: string): string | undefined;
  /** Entry names of a folder (sub-folders end with '/'), or undefined when it cannot be listed. */
  listDirectory?(path: string): string[] | undefined;
  /**
   * True when the host refuses `path` because it lies outside the workspace (see README "What the
   * engine reads"): it reads as missing, whether or not it exists, and a rule says why.
   */
  isOutside?(path: string): boolean;
}

const SCHEME = /^[a-z][a-z0-9+.-]+:/i;

function isUri(path: string): boolean {
  return SCHEME.test(path) && !/^[a-z]:[\\/]/i.test(path);
}

/** The folder holding a file (keeps the URI or path form, ends without a separator). */
export function dirnameOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), isUri(path) ? -1 : path.lastIndexOf('\\'));
  return cut <= 0 ? (cut === 0 ? path.slice(0, 1) : '.') : path.slice(0, cut);
}

export function basenameOf(path: string): string {
  const clean = path.replace(/[?#].*$/, '');
  const name = clean.slice(Math.max(clean.lastIndexOf('/'), isUri(clean) ? -1 : clean.lastIndexOf('\\')) + 1);
  return isUri(path) ? decodeURIComponent(name) : name;
}

/** Resolves `relative` (a Heat template reference, always '/'-separated) against a file's folder. */
export function resolveRelative(fromFile: string, relative: string): string {
  if (isUri(fromFile)) return new URL(relative.split('/').map(encodeURIComponent).join('/'), fromFile).toString();
  const windows = !fromFile.includes('/') && fromFile.includes('\\');
  const sep = windows ? '\\' : '/';
  const base = dirnameOf(fromFile).split(/[\\/]/);
  const parts = relative.startsWith('/') ? [''] : base;
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 1 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join(sep);
}

/** A reference that Heat resolves as a template file rather than a registered type name. */
export function isTemplateReference(type: string): boolean {
  return /\.(ya?ml|template)$/i.test(type) || /^(https?|file):/i.test(type);
}

/** A file or folder inside a folder, in the folder's form (URI or path). */
export function joinPath(folder: string, ...names: string[]): string {
  const uri = isUri(folder);
  const sep = uri || folder.includes('/') || !folder.includes('\\') ? '/' : '\\';
  return [folder.replace(/[\\/]+$/, ''), ...names.map((n) => (uri ? encodeURIComponent(n) : n))].join(sep);
}

/** `.../drivers/<driver>/templates/...`: the drivers folder and the driver, when the file is inside one. */
export function driverFolders(path: string): { drivers: string; driver: string } | undefined {
  const m = /^(.*[\\/]drivers)[\\/]([^\\/]+)[\\/]templates[\\/]/.exec(path);
  return m ? { drivers: m[1], driver: isUri(path) ? decodeURIComponent(m[2]) : m[2] } : undefined;
}
