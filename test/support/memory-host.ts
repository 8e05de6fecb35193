import type { LintHost } from '../../server/src/engine/core/host';

/** A lint host over an in-memory file tree ('/'-separated absolute paths), recording what was read. */
export class MemoryHost implements LintHost {
  readonly reads: string[] = [];

  constructor(private readonly files: Record<string, string>) {}

  readFile(path: string): string | undefined {
    this.reads.push(path);
    return Object.hasOwn(this.files, path) ? this.files[path] : undefined;
  }

  listDirectory(path: string): string[] | undefined {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const names = new Set<string>();
    for (const file of Object.keys(this.files)) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length);
      names.add(rest.includes('/') ? `${rest.split('/')[0]}/` : rest);
    }
    return names.size ? [...names].sort() : undefined;
  }
}
