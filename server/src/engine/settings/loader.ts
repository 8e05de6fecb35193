/** Finds the `.magnum-heat.yaml` that governs a file (the nearest one upward) and caches what it read. */
import { dirname, join } from 'node:path';
import { parseProjectConfig } from '../languages/project-config/parse';
import { CONFIG_FILE_NAME, type ConfigHost, type LoadedConfig } from './types';

export class ProjectConfigLoader {
  private readonly byPath = new Map<string, LoadedConfig | undefined>();
  private readonly byDir = new Map<string, LoadedConfig | undefined>();

  constructor(private readonly host: ConfigHost) {}

  /** The config file at exactly this path; undefined when it does not exist. */
  load(path: string): LoadedConfig | undefined {
    if (!this.byPath.has(path)) {
      const text = this.host.readFile(path);
      this.byPath.set(path, text === undefined ? undefined : { path, dir: dirname(path), ...parseProjectConfig(text) });
    }
    return this.byPath.get(path);
  }

  /** The nearest config file in the folder `dir` or above it. */
  findFrom(dir: string): LoadedConfig | undefined {
    const visited: string[] = [];
    let found: LoadedConfig | undefined;
    for (let current = dir; ; current = dirname(current)) {
      if (this.byDir.has(current)) {
        found = this.byDir.get(current);
        break;
      }
      visited.push(current);
      found = this.load(join(current, CONFIG_FILE_NAME));
      if (found || dirname(current) === current) break;
    }
    for (const d of visited) this.byDir.set(d, found);
    return found;
  }

  /** The config file governing a file: the nearest one upward from its folder. */
  forFile(path: string): LoadedConfig | undefined {
    return this.findFrom(dirname(path));
  }

  /** Forget what was read (a config file was created, changed or deleted). */
  clear(): void {
    this.byPath.clear();
    this.byDir.clear();
  }
}
