/**
 * THE answer to "is X in release R": every generated fact says where it holds as a range
 * `{ since, until? }`, present from `since` up to but not including `until`; no `until` = still
 * present in the newest (scripts/knowledge/ranges.mjs writes them). Ranges are over the releases,
 * or over another order such as a Cluster API driver package's versions.
 */
import { DEVELOPMENT_SERIES, NEWEST_RELEASE, RELEASES } from './releases';

export interface ReleaseRange {
  since: string;
  until?: string;
}

/** Names oldest first; `beyond` may end a range after the newest; `openEnd` is how an open range's end is named. */
export interface RangeOrder {
  names: readonly string[];
  beyond?: string;
  openEnd?: string;
}

/** The releases: a range may end in the series after master; an open range is named up to the newest stable one. */
export const RELEASE_ORDER: RangeOrder = { names: RELEASES, beyond: DEVELOPMENT_SERIES, openEnd: NEWEST_RELEASE };

export const orderOf = (names: readonly string[]): RangeOrder => ({ names });

/** Index in the order; `beyond` is one after the newest; -1 for a name the order does not know. */
export function position(name: string, order: RangeOrder = RELEASE_ORDER): number {
  const i = order.names.indexOf(name);
  return i < 0 && name === order.beyond ? order.names.length : i;
}

/** Whether the range holds in the release (a name of the order: `beyond` only ends ranges). */
export function inRange(range: ReleaseRange, name: string, order: RangeOrder = RELEASE_ORDER): boolean {
  const at = order.names.indexOf(name);
  return at >= 0 && at >= position(range.since, order) && (range.until === undefined || at < position(range.until, order));
}

/** The first range holding the name (facts that differ over the releases are lists of ranged entries). */
export function rangeHolding<T extends ReleaseRange>(ranges: readonly T[] | undefined, name: string, order: RangeOrder = RELEASE_ORDER): T | undefined {
  return ranges?.find((r) => inRange(r, name, order));
}

/** The names of the order inside any of the ranges, oldest first. */
export function namesIn(ranges: ReleaseRange | readonly ReleaseRange[], order: RangeOrder = RELEASE_ORDER): string[] {
  const list: readonly ReleaseRange[] = Array.isArray(ranges) ? ranges : [ranges as ReleaseRange];
  return order.names.filter((n) => list.some((r) => inRange(r, n, order)));
}

/** The newest name inside the range; undefined when the range is open (the fact holds in the newest). */
export function lastIn(range: ReleaseRange, order: RangeOrder = RELEASE_ORDER): string | undefined {
  if (range.until === undefined) return undefined;
  const last = order.names[position(range.until, order) - 1];
  return last === order.names[order.names.length - 1] ? undefined : last;
}

/** "rocky – 2023.2", or one name; an open range ends at the order's `openEnd` (its newest by default). */
export function describeRange(range: ReleaseRange, order: RangeOrder = RELEASE_ORDER): string {
  const openEnd = order.openEnd ?? order.names[order.names.length - 1];
  const last = lastIn(range, order) ?? (position(range.since, order) > position(openEnd, order) ? range.since : openEnd);
  return range.since === last ? last : `${range.since} – ${last}`;
}

/** The older reading of a range: first and last name, and the name without it (`removedIn`). */
export interface Lifetime {
  since: string;
  /** Last name with it; absent when it is still in the newest. */
  last?: string;
  /** The first name without it (may lie beyond the order, e.g. the series in development). */
  removedIn?: string;
}

export function lifetimeOf(range: ReleaseRange, order: RangeOrder = RELEASE_ORDER): Lifetime {
  const last = lastIn(range, order);
  return { since: range.since, ...(last === undefined ? {} : { last }), ...(range.until === undefined ? {} : { removedIn: range.until }) };
}

/** The smallest range covering them all (e.g. a group from its options); undefined for none. */
export function spanOf(ranges: readonly ReleaseRange[], order: RangeOrder = RELEASE_ORDER): ReleaseRange | undefined {
  if (!ranges.length) return undefined;
  const since = [...ranges].sort((a, b) => position(a.since, order) - position(b.since, order))[0].since;
  if (ranges.some((r) => r.until === undefined)) return { since };
  const until = [...ranges].sort((a, b) => position(b.until!, order) - position(a.until!, order))[0].until;
  return { since, until };
}

/** The range of an older `since` / `last` pair (`last` inclusive, absent = still present). */
export function rangeFromLast(since: string, last: string | undefined, order: RangeOrder = RELEASE_ORDER): ReleaseRange {
  if (last === undefined) return { since };
  const next = position(last, order) + 1;
  const until = next < order.names.length ? order.names[next] : order.beyond;
  return until === undefined ? { since } : { since, until };
}
