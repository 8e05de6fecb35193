/** Which `.magnum-heat.yaml` governs each file, and the settings in force for it (config < flags). */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { ReadBoundary, rootFor } from '../host/read-boundary';
import { explicitLayer, ProjectConfigLoader, resolveFileSettings, type FileSettings, type LoadedConfig, type SettingsLayer } from '../engine/settings';
import type { LintCommand } from './args';
import { diskConfigHost, InputError } from './files';

export class Project {
  private readonly loader: ProjectConfigLoader;
  private readonly fixed: LoadedConfig | undefined;
  private readonly explicit: SettingsLayer;
  private readonly used = new Set<LoadedConfig>();

  constructor(private readonly cmd: LintCommand, readonly cwd: string) {
    this.explicit = explicitLayer(cmd);
    this.loader = new ProjectConfigLoader(diskConfigHost(cmd.config !== undefined ? resolve(cwd, cmd.config) : undefined));
    if (cmd.config !== undefined) {
      this.fixed = this.loader.load(resolve(cwd, cmd.config));
      if (!this.fixed) throw new InputError(`cannot read '${cmd.config}': ENOENT`);
    }
  }

  /** The config file for a file (or a folder, seen as an entry of its parent), if any. */
  configFor(path: string): LoadedConfig | undefined {
    if (this.cmd.noConfig) return undefined;
    const config = this.fixed ?? this.loader.forFile(resolve(this.cwd, path));
    if (config) this.used.add(config);
    return config;
  }

  settingsFor(path: string): FileSettings {
    return resolveFileSettings(resolve(this.cwd, path), this.configFor(path), this.explicit);
  }

  /**
   * What a linted file may read besides itself (README "What the engine reads"): the folder of its
   * `.magnum-heat.yaml`, else the working folder, else the path given (the first holding the file),
   * and the folder of a `--config` file.
   */
  readBoundary(path: string, given: string): ReadBoundary {
    const file = resolve(this.cwd, path);
    const from = resolve(this.cwd, given);
    const root = rootFor(file, [this.configFor(path)?.dir, this.cwd, from === file ? dirname(file) : from]) ?? dirname(file);
    return ReadBoundary.forFile(file, this.fixed ? [root, this.fixed.dir] : [root]);
  }

  /** Config files read so far, in the order they were first needed. */
  usedConfigs(): LoadedConfig[] {
    return [...this.used];
  }

  /** A path for output: relative to the working folder (absolute only on another drive). */
  display(path: string): string {
    const rel = relative(this.cwd, path);
    return rel === '' || isAbsolute(rel) ? path : rel;
  }
}
