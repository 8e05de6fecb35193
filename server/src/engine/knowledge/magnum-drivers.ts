import data from '../../../../schemas/magnum-drivers.json';
import { RELEASES } from './releases';

export interface DriverInRelease {
  status: 'supported' | 'deprecated';
  /** The template Magnum hands to Heat, e.g. kubecluster.yaml. */
  topLevel: string;
}

export interface DriverProvides {
  serverType: string;
  osDistro: string;
  coe: string;
}

interface ReleaseFacts {
  coe: string[];
  drivers: Record<string, DriverInRelease>;
}

const releases = data.releases as unknown as Record<string, ReleaseFacts>;
const provides = data.provides as Record<string, DriverProvides>;

/** What Magnum's API checks about Docker storage (from the facts). */
export const DOCKER_STORAGE = data.storage;

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

export function knownDriver(driver: string): boolean {
  return Object.hasOwn(provides, driver) || Object.values(releases).some((r) => Object.hasOwn(r.drivers, driver));
}

export function releasesWithDriver(driver: string): string[] {
  return RELEASES.filter((r) => releases[r] && Object.hasOwn(releases[r].drivers, driver));
}

/** The driver in the release in force, or in the nearest release that has it. */
export function driverInRelease(driver: string, release: string): { release: string; info: DriverInRelease } | undefined {
  const nearest = nearestRelease(release, releasesWithDriver(driver));
  return nearest ? { release: nearest, info: releases[nearest].drivers[driver] } : undefined;
}

export function driverProvides(driver: string): DriverProvides | undefined {
  return Object.hasOwn(provides, driver) ? provides[driver] : undefined;
}

/** Drivers whose images carry this os_distro (Glance property). */
export function driversForOsDistro(osDistro: string): string[] {
  return Object.entries(provides).filter(([, p]) => p.osDistro === osDistro).map(([d]) => d);
}

export function allOsDistros(): string[] {
  return [...new Set(Object.values(provides).map((p) => p.osDistro))];
}

/** `coe` values Magnum's API accepts in the release. */
export function coeValues(release: string): string[] {
  return releases[release]?.coe ?? [];
}

export function releasesAcceptingCoe(coe: string): string[] {
  return RELEASES.filter((r) => coeValues(r).includes(coe));
}

/** Drivers of a release (registered entry points). */
export function driversOf(release: string): Record<string, DriverInRelease> {
  return releases[release]?.drivers ?? {};
}
