/** The project configuration file `.magnum-heat.yaml` and what the engine needs to find it. */
import type { Diagnostic, RuleSetting } from '../core/types';
import type { CapiPackage } from '../knowledge/capi-drivers';

export const CONFIG_FILE_NAME = '.magnum-heat.yaml';

/** Settings that a config file, an override, the editor or the command line may set. */
export interface SettingsLayer {
  release?: string;
  driver?: string;
  /** The one Cluster API driver package installed beside Magnum; unset: either may be. */
  capiDriver?: CapiPackage;
  /** Installed version per Cluster API package; a later layer sets only the packages it names. */
  driverVersions?: Partial<Record<CapiPackage, string>>;
  /** Rule id (or `*` for every rule) -> severity or `off`. */
  rules?: Record<string, RuleSetting>;
  /** Heat environment files, relative to the config file's folder, that apply to the templates. */
  environments?: string[];
}

/** The settings of a layer, in the order the config reader names them. */
export const LAYER_KEYS = ['release', 'driver', 'rules', 'environments', 'capiDriver', 'driverVersions'] as const satisfies ReadonlyArray<keyof SettingsLayer>;

/**
 * The layer the editor settings or the command-line flags make: what they set, where an empty list
 * or map counts as not set (editors send their defaults, `[]` and `{}`, which must not hide what
 * `.magnum-heat.yaml` says).
 */
export function explicitLayer(values: SettingsLayer): SettingsLayer {
  const layer: Record<string, unknown> = {};
  for (const key of LAYER_KEYS) {
    const value = values[key];
    const empty = value === undefined || (Array.isArray(value) ? value.length === 0 : typeof value === 'object' && Object.keys(value).length === 0);
    if (!empty) layer[key] = value;
  }
  return layer as SettingsLayer;
}

export interface ConfigOverride extends SettingsLayer {
  /** Globs, relative to the config file's folder, of the files this override applies to. */
  files: string[];
}

export interface ProjectConfig extends SettingsLayer {
  ignore: string[];
  templateGlobs: string[];
  overrides: ConfigOverride[];
}

/** A config file read and checked: what was valid in it, and diagnostics on the file for the rest. */
export interface LoadedConfig {
  /** Absolute path of the config file. */
  path: string;
  /** Its folder: the base of every glob in it. */
  dir: string;
  config: ProjectConfig;
  diagnostics: Diagnostic[];
}

/**
 * How the engine reads files without touching the disk itself: the CLI passes one over node:fs,
 * the language server one that prefers open editor buffers.
 */
export interface ConfigHost {
  /** The file's text, or undefined when there is no such file. */
  readFile(path: string): string | undefined;
}
