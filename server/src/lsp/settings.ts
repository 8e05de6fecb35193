import { isKnownRelease } from '../engine/knowledge/releases';
import type { LintSettings, RuleSetting } from '../engine/types';

export interface ServerSettings extends LintSettings {
  debounceMs: number;
  /** Set from `.magnum-heat.yaml`: its templateGlobs make this document a Heat template. */
  heatTemplate?: boolean;
  /** Set from `.magnum-heat.yaml`: the `ignore` glob that excludes this document from checking. */
  ignoredBy?: string;
}

export const DEFAULT_DEBOUNCE_MS = 150;
const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'information', 'hint'];

/** Turns whatever the client sent into valid settings; invalid values fall back with a warning. */
export function normalizeSettings(raw: unknown, warn: (message: string) => void): ServerSettings {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const settings: ServerSettings = { debounceMs: DEFAULT_DEBOUNCE_MS };
  if (typeof input.release === 'string' && input.release !== '') {
    if (isKnownRelease(input.release)) settings.release = input.release;
    else warn(`magnumHeat.release '${input.release}' is not a known OpenStack release; using the newest.`);
  }
  if (typeof input.driver === 'string' && input.driver !== '') settings.driver = input.driver;
  if (typeof input.debounceMs === 'number' && input.debounceMs >= 0) settings.debounceMs = input.debounceMs;
  if (input.rules && typeof input.rules === 'object') {
    settings.rules = {};
    for (const [id, value] of Object.entries(input.rules as Record<string, unknown>)) {
      if (RULE_SETTINGS.includes(value as RuleSetting)) settings.rules[id] = value as RuleSetting;
      else warn(`magnumHeat.rules.${id}: '${String(value)}' is not one of ${RULE_SETTINGS.join(', ')}.`);
    }
  }
  return settings;
}
