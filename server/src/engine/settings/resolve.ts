/**
 * The settings in force for one file. Precedence: defaults < config file < its matching overrides
 * (in file order) < the explicit layer (editor settings or command-line flags).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { LintSettings, RuleSetting } from '../core/types';
import type { CapiPackage } from '../knowledge/capi-drivers';
import { compileGlob } from '../core/util/glob';
import { RULE_METAS } from '../languages/registry';
import { EVERY_RULE } from './schema';
import type { LoadedConfig, SettingsLayer } from './types';

export type Origin = 'default' | 'config file' | `overrides[${number}]` | 'settings';

export interface FileSettings {
  /** What to pass to lint(); `heatTemplate` is set when a templateGlobs pattern matched. */
  settings: LintSettings;
  heatTemplate: boolean;
  /** The `ignore` glob that excludes the file, if one does. */
  ignoredBy?: string;
  /** The `templateGlobs` pattern that declares the file a Heat template, if one does. */
  templateGlob?: string;
  /** Where release, driver, the Cluster API settings and each rule's severity came from, when not from the defaults. */
  origin: { release: Origin; driver: Origin; capiDriver: Origin; driverVersions: Partial<Record<CapiPackage, Origin>>; rules: Record<string, Origin> };
}

function matcher(glob: string): (path: string) => boolean {
  return compileGlob(glob.replace(/\/+$/, ''));
}

/** `/a/b/c.yaml` for a file below the config file's folder; undefined outside it. */
function pathInProject(loaded: LoadedConfig, path: string): string | undefined {
  const rel = relative(loaded.dir, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return '/' + rel.split(sep).join('/');
}

/** The first glob matching the path or one of its folders (so `vendor` covers `vendor/x.yaml`). */
function matchUnder(globs: readonly string[], path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const prefixes: string[] = [];
  for (let i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) prefixes.push(path.slice(0, i));
  prefixes.push(path);
  return globs.find((glob) => prefixes.some((p) => matcher(glob)(p)));
}

/** Rule severities of several layers, lowest precedence first; `*` sets every rule of its layer. */
export function mergeRules(layers: ReadonlyArray<[Origin, Record<string, RuleSetting> | undefined]>): { rules: Record<string, RuleSetting>; origin: Record<string, Origin> } {
  const rules: Record<string, RuleSetting> = {};
  const origin: Record<string, Origin> = {};
  for (const [from, layer] of layers) {
    if (!layer) continue;
    const wildcard = layer[EVERY_RULE];
    for (const { id } of RULE_METAS) {
      const value = layer[id] ?? wildcard;
      if (value !== undefined) {
        rules[id] = value;
        origin[id] = from;
      }
    }
  }
  return { rules, origin };
}

export function resolveFileSettings(path: string, loaded: LoadedConfig | undefined, explicit: SettingsLayer = {}): FileSettings {
  const layers: Array<[Origin, SettingsLayer]> = [];
  const inProject = loaded && pathInProject(loaded, path);
  if (loaded) {
    layers.push(['config file', loaded.config]);
    loaded.config.overrides.forEach((o, i) => {
      if (matchUnder(o.files, inProject)) layers.push([`overrides[${i}]`, o]);
    });
  }
  layers.push(['settings', explicit]);
  const settings: LintSettings = {};
  const origin: FileSettings['origin'] = { release: 'default', driver: 'default', capiDriver: 'default', driverVersions: {}, rules: {} };
  for (const [from, layer] of layers) {
    // a later layer's list replaces an earlier one; files of the config layers are relative to its folder
    if (layer.environments !== undefined) settings.environments = layer.environments.map((f) => (loaded && from !== 'settings' ? resolve(loaded.dir, f) : f));
    if (layer.release !== undefined) [settings.release, origin.release] = [layer.release, from];
    if (layer.driver !== undefined) [settings.driver, origin.driver] = [layer.driver, from];
    if (layer.capiDriver !== undefined) [settings.capiDriver, origin.capiDriver] = [layer.capiDriver, from];
    for (const [pkg, version] of Object.entries(layer.driverVersions ?? {}) as Array<[CapiPackage, string]>) {
      settings.driverVersions = { ...settings.driverVersions, [pkg]: version };
      origin.driverVersions[pkg] = from;
    }
  }
  const merged = mergeRules(layers.map(([from, layer]) => [from, layer.rules]));
  if (Object.keys(merged.rules).length > 0) [settings.rules, origin.rules] = [merged.rules, merged.origin];
  const templateGlob = loaded && inProject ? loaded.config.templateGlobs.find((g) => matcher(g)(inProject)) : undefined;
  const ignoredBy = loaded ? matchUnder(loaded.config.ignore, inProject) : undefined;
  return {
    settings,
    heatTemplate: templateGlob !== undefined,
    origin,
    ...(templateGlob !== undefined ? { templateGlob } : {}),
    ...(ignoredBy !== undefined ? { ignoredBy } : {}),
  };
}
