/**
 * Where the engine may read other files (nested templates, environments, folder listings for
 * did-you-mean): inside the workspace roots, plus the driver folders of a template under
 * `drivers/<driver>/templates/` (`drivers/<driver>/` and Magnum's shared `drivers/common/`),
 * judged after symbolic links are followed. The CLI and the language server both bound their
 * lint hosts with it; README "What the engine reads" states the rule.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { LintHost } from '../engine';
import { driverFolders } from '../engine';

/** Whether `path` is `root` or inside it (both absolute and normalised). */
export function holds(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/**
 * The real path of `path`, also when its last parts do not exist (the existing part resolved, the
 * rest appended). Another failure (EACCES, ELOOP) keeps the path as written: reading it fails the same way.
 */
function realPath(path: string): string {
  const missing: string[] = [];
  for (let current = path; ; current = dirname(current)) {
    try {
      return join(realpathSync.native(current), ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(current) === current) return path;
      missing.push(basename(current));
    }
  }
}

/** The first folder of `candidates` that holds `file` (the CLI: the config's folder, the working folder, the path given). */
export function rootFor(file: string, candidates: ReadonlyArray<string | undefined>): string | undefined {
  return candidates.find((c): c is string => c !== undefined && holds(resolve(c), resolve(file)));
}

export class ReadBoundary {
  private readonly lexical: string[];
  private readonly real: string[];
  private readonly decided = new Map<string, boolean>();

  constructor(roots: readonly string[]) {
    this.lexical = roots.map((r) => resolve(r));
    this.real = this.lexical.map(realPath);
  }

  /** The boundary for one linted file: the roots and, for a template of a Magnum driver, that driver's folders. */
  static forFile(file: string, roots: readonly string[]): ReadBoundary {
    const driver = driverFolders(resolve(file));
    return new ReadBoundary(driver ? [...roots, join(driver.drivers, driver.driver), join(driver.drivers, 'common')] : roots);
  }

  /**
   * Whether a file or folder may be read. A path outside every root is refused without touching the
   * disk; one inside is refused too when its real path (symlinks followed) leaves every root.
   */
  allows(path: string): boolean {
    const absolute = resolve(path);
    let allowed = this.decided.get(absolute);
    if (allowed === undefined) {
      const near = this.lexical.some((r) => holds(r, absolute)) || this.real.some((r) => holds(r, absolute));
      const real = near ? realPath(absolute) : undefined;
      allowed = real !== undefined && this.real.some((r) => holds(r, real));
      this.decided.set(absolute, allowed);
    }
    return allowed;
  }
}

/**
 * A host whose reads outside the boundary fail as a missing file's would; `isOutside` tells a rule
 * why. `toFsPath` maps the host's paths (file system paths or file: URIs) to the disk; a path it
 * does not map (another scheme) is left to the inner host. `exempt` paths (open editor documents:
 * their text comes from the client, not the disk) are always read.
 */
export function boundedHost(
  inner: LintHost, boundary: ReadBoundary, toFsPath: (path: string) => string | undefined, exempt: (path: string) => boolean = () => false,
): LintHost {
  const isOutside = (path: string) => {
    const fsPath = toFsPath(path);
    return fsPath !== undefined && !exempt(path) && !boundary.allows(fsPath);
  };
  return {
    readFile: (path) => (isOutside(path) ? undefined : inner.readFile(path)),
    listDirectory: (path) => (isOutside(path) ? undefined : inner.listDirectory?.(path)),
    isOutside,
  };
}
