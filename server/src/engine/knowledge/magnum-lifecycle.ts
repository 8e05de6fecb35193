/**
 * Magnum's drivers over the releases: when each in-tree driver came, was deprecated and went (its
 * driver file, magnum-driver-facts.ts), the COE values and image distros that went with them, the
 * Cluster API drivers, the triples two drivers claim, and how a release picks a driver
 * (schemas/magnum.json; scripts/knowledge/lifecycle.mjs).
 */
import common from '../../../../schemas/magnum.json';
import { capiDriverFacts, heatDriverFacts, type CapiDriverFacts, type HeatDriverFacts, type Triple, type UpstreamChange } from './magnum-driver-facts';
import { inRange, lifetimeOf, rangeHolding, type ReleaseRange } from './release-range';

export type { Triple };

/** Where something holds (the range), read the older way: first release, deprecation, last, removal. */
export interface Lifetime {
  since: string;
  deprecatedIn?: string;
  last?: string;
  removedIn?: string;
}

export interface HeatDriverLife extends Lifetime {
  kind: 'heat';
  provides?: Triple;
  removal?: UpstreamChange;
  deprecation?: UpstreamChange;
}

export type CapiDriverInfo = CapiDriverFacts;

export interface DriverSelection {
  imageProperty?: boolean;
  templateField?: boolean;
  defaultDriver?: boolean;
  firstEntryPointFallback?: boolean;
  duplicateTriple?: 'last-loaded-wins';
}

type Ranged = ReleaseRange & { deprecatedSince?: string };

function lifetime(range: Ranged): Lifetime {
  const { since, ...end } = lifetimeOf(range);
  return { since, ...(range.deprecatedSince ? { deprecatedIn: range.deprecatedSince } : {}), ...end };
}

const coes = common.coe as Record<string, Ranged>;
const distros = common.distros as unknown as Record<string, Ranged & { drivers: string[] }>;
const selections = common.selection as unknown as Array<ReleaseRange & DriverSelection>;

export type Status = 'not-yet' | 'supported' | 'deprecated' | 'removed';

/** Where a release stands in a lifetime. */
export function statusIn(life: Lifetime, release: string): Status {
  const range: ReleaseRange = life.removedIn ? { since: life.since, until: life.removedIn } : { since: life.since };
  if (!inRange(range, release)) return inRange({ since: life.since }, release) ? 'removed' : 'not-yet';
  return life.deprecatedIn && inRange({ since: life.deprecatedIn }, release) ? 'deprecated' : 'supported';
}

const lives = new Map<string, HeatDriverLife>();

export function heatDriverLife(name: string): HeatDriverLife | undefined {
  const facts: HeatDriverFacts | undefined = heatDriverFacts(name);
  if (!facts) return undefined;
  if (!lives.has(name)) {
    const { kind, provides, removal, deprecation } = facts;
    lives.set(name, { kind, ...(provides ? { provides } : {}), ...lifetime(facts), ...(removal ? { removal } : {}), ...(deprecation ? { deprecation } : {}) });
  }
  return lives.get(name);
}

export function capiDrivers(): Array<[string, CapiDriverInfo]> {
  return capiDriverFacts();
}

/** Cluster API drivers serving a COE (they are installed beside Magnum, in any release since 2024.1). */
export function capiDriversServing(coe: string, osDistro?: string): string[] {
  return capiDrivers().filter(([, d]) => d.provides.some((p) => p.coe === coe && (osDistro === undefined || p.osDistro === osDistro))).map(([n]) => n);
}

export function coeLife(coe: string): Lifetime | undefined {
  return Object.hasOwn(coes, coe) ? lifetime(coes[coe]) : undefined;
}

/** Image distros whose drivers all left Magnum (or will): fedora-atomic, coreos, fedora, fedora-coreos. */
export function distroLife(osDistro: string): (Lifetime & { drivers: string[] }) | undefined {
  return Object.hasOwn(distros, osDistro) ? { drivers: distros[osDistro].drivers, ...lifetime(distros[osDistro]) } : undefined;
}

/** The triples more than one driver claims. */
export function collisions(): Array<Triple & { drivers: string[] }> {
  return common.collisions;
}

/** How the release picks a driver beyond the triple. */
export function selectionIn(release: string): DriverSelection {
  const hit = rangeHolding(selections, release);
  if (!hit) return {};
  const { since: _since, until: _until, ...selection } = hit;
  return selection;
}

/** "in 2024.1 (bc79012f, Magnum 18.0.0)". */
export function describeChange(release: string, change?: { commit: string; firstTag?: string }): string {
  if (!change) return `in ${release}`;
  return `in ${release} (change ${change.commit}${change.firstTag ? `, Magnum ${change.firstTag}` : ', not in a tagged release yet'})`;
}
