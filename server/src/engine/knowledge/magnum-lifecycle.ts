/**
 * Magnum's drivers over the releases, from schemas/magnum-lifecycle.json (scripts/knowledge/lifecycle.mjs):
 * when each in-tree driver came, was deprecated and went, the COE values and image distros that went
 * with them, the Cluster API drivers, the triples two drivers claim, and how a release picks a driver.
 */
import data from '../../../../schemas/magnum-lifecycle.json';
import { compareReleases } from './releases';

export interface Triple {
  serverType: string;
  osDistro: string;
  coe: string;
}

export interface Lifetime {
  since: string;
  deprecatedIn?: string;
  last?: string;
  removedIn?: string;
}

export interface HeatDriverLife extends Lifetime {
  kind: 'heat';
  provides?: Triple;
  removal?: { commit: string; firstTag?: string };
  deprecation?: { commit: string; firstTag?: string };
}

export interface CapiDriverInfo {
  kind: 'capi';
  package: string;
  provides: Triple[];
  sinceVersion: string;
}

export interface DriverSelection {
  imageProperty?: boolean;
  templateField?: boolean;
  defaultDriver?: boolean;
  firstEntryPointFallback?: boolean;
  duplicateTriple?: 'last-loaded-wins';
}

const drivers = data.drivers as unknown as Record<string, HeatDriverLife | CapiDriverInfo>;
const coes = data.coe as Record<string, Lifetime>;
const distros = data.distros as unknown as Record<string, Lifetime & { drivers: string[] }>;
const selections = data.selection as Record<string, DriverSelection>;

export type Status = 'not-yet' | 'supported' | 'deprecated' | 'removed';

/** Where a release stands in a lifetime. */
export function statusIn(life: Lifetime, release: string): Status {
  if (compareReleases(release, life.since) < 0) return 'not-yet';
  if (life.removedIn && compareReleases(release, life.removedIn) >= 0) return 'removed';
  return life.deprecatedIn && compareReleases(release, life.deprecatedIn) >= 0 ? 'deprecated' : 'supported';
}

export function heatDriverLife(name: string): HeatDriverLife | undefined {
  const d = Object.hasOwn(drivers, name) ? drivers[name] : undefined;
  return d?.kind === 'heat' ? d : undefined;
}

export function capiDrivers(): Array<[string, CapiDriverInfo]> {
  return Object.entries(drivers).filter((e): e is [string, CapiDriverInfo] => e[1].kind === 'capi');
}

/** Cluster API drivers serving a COE (they are installed beside Magnum, in any release since 2024.1). */
export function capiDriversServing(coe: string, osDistro?: string): string[] {
  return capiDrivers().filter(([, d]) => d.provides.some((p) => p.coe === coe && (osDistro === undefined || p.osDistro === osDistro))).map(([n]) => n);
}

export function coeLife(coe: string): Lifetime | undefined {
  return Object.hasOwn(coes, coe) ? coes[coe] : undefined;
}

/** Image distros whose drivers all left Magnum (or will): fedora-atomic, coreos, fedora, fedora-coreos. */
export function distroLife(osDistro: string): (Lifetime & { drivers: string[] }) | undefined {
  return Object.hasOwn(distros, osDistro) ? distros[osDistro] : undefined;
}

/** The triples more than one driver claims. */
export function collisions(): Array<Triple & { drivers: string[] }> {
  return data.collisions;
}

/** How the release picks a driver beyond the triple. */
export function selectionIn(release: string): DriverSelection {
  return selections[release] ?? {};
}

/** "in 2024.1 (bc79012f, Magnum 18.0.0)". */
export function describeChange(release: string, change?: { commit: string; firstTag?: string }): string {
  if (!change) return `in ${release}`;
  return `in ${release} (change ${change.commit}${change.firstTag ? `, Magnum ${change.firstTag}` : ', not in a tagged release yet'})`;
}
