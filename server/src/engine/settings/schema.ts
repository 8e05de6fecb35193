/**
 * The one definition of the settings shared by the editor (`magnumHeat.*`), the CLI flags and
 * `.magnum-heat.yaml`: which values are valid and what they mean. Each face words its own messages
 * around these checks; resolve.ts gives every face the same precedence and the same `*` wildcard.
 */
import type { RuleSetting } from '../core/types';
import { didYouMean } from '../core/util/did-you-mean';
import { compileGlob } from '../core/util/glob';
import { CAPI_PACKAGES, capiVersions, isCapiPackage, type CapiPackage } from '../knowledge/capi-drivers';
import { isKnownRelease, RELEASES } from '../knowledge/releases';
import { RULE_METAS } from '../languages/registry';

export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'information', 'hint'];

/** In a `rules` map, this key sets every rule of its layer; a rule named beside it wins. */
export const EVERY_RULE = '*';

export function isRuleSetting(value: unknown): value is RuleSetting {
  return RULE_SETTINGS.includes(value as RuleSetting);
}

/** A rule id, or `*`. */
export function isRuleKey(id: string): boolean {
  return id === EVERY_RULE || RULE_METAS.some((m) => m.id === id);
}

export function nearestRule(id: string): string | undefined {
  return didYouMean(id, RULE_METAS.map((m) => m.id));
}

export function isRelease(value: unknown): value is string {
  return typeof value === 'string' && isKnownRelease(value);
}

export function nearestRelease(name: string): string | undefined {
  return didYouMean(name, RELEASES);
}

/** A Magnum driver name: any non-blank text (the knowledge decides what it knows of it). */
export function isDriverName(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** A glob the project's matcher accepts. */
export function isGlob(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    compileGlob(value);
    return true;
  } catch {
    return false;
  }
}

/** `capiDriver`: the one Cluster API driver package installed beside Magnum. */
export function isCapiDriver(value: unknown): value is CapiPackage {
  return isCapiPackage(value);
}

/** What is wrong with a `capiDriver` value, in words every face can put after its own prefix. */
export function capiDriverProblem(name: string): string | undefined {
  if (isCapiPackage(name)) return undefined;
  const near = didYouMean(name, CAPI_PACKAGES);
  return `'${name}' is not a Cluster API driver package (known: ${CAPI_PACKAGES.join(', ')}).${near ? ` Did you mean '${near}'?` : ''}`;
}

/**
 * What is wrong with one `driverVersions` entry (package -> version), or undefined when both are
 * known. A package left out of `driverVersions` answers with its newest known version.
 */
export function driverVersionProblem(name: string, version: unknown): string | undefined {
  const pkg = capiDriverProblem(name);
  if (pkg) return pkg;
  const versions = capiVersions(name as CapiPackage);
  if (typeof version === 'string' && versions.includes(version)) return undefined;
  const near = typeof version === 'string' ? didYouMean(version, versions) : undefined;
  return `${name} '${String(version ?? '')}' is not a known version (known: ${versions.join(', ')}).${near ? ` Did you mean '${near}'?` : ''}`;
}
