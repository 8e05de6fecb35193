import type { CapiPackage } from '../knowledge/capi-drivers';
import type { LintSettings } from '../core/types';
import { capiDriverProblem, driverVersionProblem, isCapiDriver, isDriverName, isGlob, isRelease, isRuleSetting, RULE_SETTINGS } from './schema';

/** When documents are checked: on every edit (after `debounceMs`) or only when saved. */
export type RunMode = 'onType' | 'onSave';

export interface ServerSettings extends LintSettings {
  debounceMs: number;
  run: RunMode;
  /** YAML files matching one of these globs are Heat templates even without `heat_template_version`. */
  templateGlobs: string[];
  /** Set from `.magnum-heat.yaml`: its templateGlobs make this document a Heat template. */
  heatTemplate?: boolean;
  /** Set from `.magnum-heat.yaml`: the `ignore` glob that excludes this document from checking. */
  ignoredBy?: string;
}

export const DEFAULT_DEBOUNCE_MS = 150;
const RUN_MODES: readonly RunMode[] = ['onType', 'onSave'];

function validGlob(glob: unknown, warn: (message: string) => void): glob is string {
  if (isGlob(glob)) return true;
  if (typeof glob !== 'string' || glob.trim() === '') warn(`magnumHeat.templateGlobs: ${JSON.stringify(glob)} is not a glob; ignored.`);
  else warn(`magnumHeat.templateGlobs: '${glob}' is not a valid glob; ignored.`);
  return false;
}

function driverVersions(raw: unknown, warn: (message: string) => void): Partial<Record<CapiPackage, string>> {
  const out: Partial<Record<CapiPackage, string>> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    warn('magnumHeat.driverVersions must map a Cluster API driver package to its version; ignored.');
    return out;
  }
  for (const [name, version] of Object.entries(raw as Record<string, unknown>)) {
    const problem = driverVersionProblem(name, version);
    if (problem) warn(`magnumHeat.driverVersions: ${problem} ${isCapiDriver(name) ? 'Using the newest.' : 'Ignored.'}`);
    else out[name as CapiPackage] = version as string;
  }
  return out;
}

/** Turns whatever the client sent (`magnumHeat.*`) into valid settings; invalid values fall back with a warning. */
export function normalizeSettings(raw: unknown, warn: (message: string) => void): ServerSettings {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const settings: ServerSettings = { debounceMs: DEFAULT_DEBOUNCE_MS, run: 'onType', templateGlobs: [] };
  if (typeof input.release === 'string' && input.release !== '') {
    if (isRelease(input.release)) settings.release = input.release;
    else warn(`magnumHeat.release '${input.release}' is not a known OpenStack release; using the newest.`);
  }
  if (isDriverName(input.driver)) settings.driver = input.driver;
  if (typeof input.capiDriver === 'string' && input.capiDriver !== '') {
    const problem = capiDriverProblem(input.capiDriver);
    if (problem) warn(`magnumHeat.capiDriver: ${problem} Assuming either.`);
    else settings.capiDriver = input.capiDriver as CapiPackage;
  }
  if (input.driverVersions !== undefined) settings.driverVersions = driverVersions(input.driverVersions, warn);
  if (typeof input.debounceMs === 'number' && Number.isFinite(input.debounceMs) && input.debounceMs >= 0) settings.debounceMs = input.debounceMs;
  else if (input.debounceMs !== undefined) warn(`magnumHeat.debounceMs: '${String(input.debounceMs)}' is not a number of milliseconds >= 0; using ${DEFAULT_DEBOUNCE_MS}.`);
  if (input.run !== undefined) {
    if (RUN_MODES.includes(input.run as RunMode)) settings.run = input.run as RunMode;
    else warn(`magnumHeat.run: '${String(input.run)}' is not one of ${RUN_MODES.join(', ')}; checking on type.`);
  }
  if (input.templateGlobs !== undefined) {
    if (Array.isArray(input.templateGlobs)) settings.templateGlobs = input.templateGlobs.filter((g) => validGlob(g, warn));
    else warn('magnumHeat.templateGlobs must be a list of globs; ignored.');
  }
  if (input.environments !== undefined) {
    if (Array.isArray(input.environments)) settings.environments = input.environments.filter((f): f is string => typeof f === 'string' && f !== '');
    else warn('magnumHeat.environments must be a list of Heat environment files; ignored.');
  }
  if (input.rules && typeof input.rules === 'object') {
    settings.rules = {};
    for (const [id, value] of Object.entries(input.rules as Record<string, unknown>)) {
      if (isRuleSetting(value)) settings.rules[id] = value;
      else warn(`magnumHeat.rules.${id}: '${String(value)}' is not one of ${RULE_SETTINGS.join(', ')}.`);
    }
  }
  return settings;
}
