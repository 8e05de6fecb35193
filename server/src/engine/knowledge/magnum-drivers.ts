import common from '../../../../schemas/magnum.json';
import { heatDriverFacts, heatDrivers, type Triple } from './magnum-driver-facts';
import { inRange, namesIn, rangeHolding, type ReleaseRange } from './release-range';
import { RELEASES } from './releases';

export interface DriverInRelease {
  status: 'supported' | 'deprecated';
  /** The template Magnum hands to Heat, e.g. kubecluster.yaml. */
  topLevel: string;
}

export type DriverProvides = Triple;

const coes = common.coe as Record<string, ReleaseRange>;

/** What Magnum's API checks about Docker storage (from the facts). */
export const DOCKER_STORAGE = common.storage;

/**
 * The release whose facts stand for `release` among those that have them: itself, else the newest
 * older one, else (a release before the first) the oldest.
 */
export function nearestRelease(release: string, available: readonly string[]): string | undefined {
  if (available.includes(release)) return release;
  const at = RELEASES.indexOf(release);
  const sorted = RELEASES.filter((r) => available.includes(r));
  const older = sorted.filter((r) => RELEASES.indexOf(r) < at);
  return older.length ? older[older.length - 1] : sorted[0];
}

/** An in-tree driver Magnum had in some release. */
export function knownDriver(driver: string): boolean {
  return heatDriverFacts(driver) !== undefined;
}

export function releasesWithDriver(driver: string): string[] {
  const facts = heatDriverFacts(driver);
  return facts ? namesIn(facts) : [];
}

function inRelease(driver: string, release: string): DriverInRelease {
  const facts = heatDriverFacts(driver)!;
  const deprecated = facts.deprecatedSince !== undefined && inRange({ since: facts.deprecatedSince }, release);
  return { status: deprecated ? 'deprecated' : 'supported', topLevel: rangeHolding(facts.topLevel, release)!.file };
}

/** The driver in the release in force, or in the nearest release that has it. */
export function driverInRelease(driver: string, release: string): { release: string; info: DriverInRelease } | undefined {
  const nearest = nearestRelease(release, releasesWithDriver(driver));
  return nearest ? { release: nearest, info: inRelease(driver, nearest) } : undefined;
}

export function driverProvides(driver: string): DriverProvides | undefined {
  return heatDriverFacts(driver)?.provides;
}

/** Drivers whose images carry this os_distro (Glance property). */
export function driversForOsDistro(osDistro: string): string[] {
  return heatDrivers().filter(([, d]) => d.provides?.osDistro === osDistro).map(([name]) => name);
}

export function allOsDistros(): string[] {
  return [...new Set(heatDrivers().flatMap(([, d]) => (d.provides ? [d.provides.osDistro] : [])))];
}

/** `coe` values Magnum's API accepts in the release. */
export function coeValues(release: string): string[] {
  return Object.keys(coes).filter((coe) => inRange(coes[coe], release));
}

export function releasesAcceptingCoe(coe: string): string[] {
  return Object.hasOwn(coes, coe) ? namesIn(coes[coe]) : [];
}

/** Drivers of a release (registered entry points). */
export function driversOf(release: string): Record<string, DriverInRelease> {
  return Object.fromEntries(heatDrivers().filter(([, d]) => inRange(d, release)).map(([name]) => [name, inRelease(name, release)]));
}
