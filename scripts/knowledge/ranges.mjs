// The one encoding of "in which releases" in the generated data: { since, until? }, present from
// `since` up to but not including `until`; no `until` = still present in the newest entry of the
// order. An order is a list of names, oldest first (the releases, or a driver package's versions);
// `until` may also be the one name after it (`beyond`), e.g. the series in development after master.
import { DEVELOPMENT_SERIES, RELEASES } from './releases.mjs';

/** The releases, with the development series as the name beyond master. */
export const RELEASE_ORDER = { names: RELEASES, beyond: DEVELOPMENT_SERIES };

/** An order over plain names (e.g. driver versions): nothing lies beyond the newest. */
export const orderOf = (names) => ({ names });

const asOrder = (order) => (Array.isArray(order) ? orderOf(order) : order);

function position(order, name) {
  const i = order.names.indexOf(name);
  if (i >= 0) return i;
  if (name === order.beyond) return order.names.length;
  throw new Error(`unknown release or version '${name}'`);
}

/** The name after `name` in the order: the `until` of a range whose newest member is `name`. */
function after(order, name) {
  const i = position(order, name) + 1;
  return i < order.names.length ? order.names[i] : undefined;
}

/**
 * The contiguous range of the present names (throws on gaps, so the schema stays honest).
 * `removedIn` names the removal of something still present in the newest entry (a name beyond
 * the order); a removal before that must agree with the presence.
 */
export function rangeOf(present, removedIn, order = RELEASE_ORDER) {
  const o = asOrder(order);
  const members = o.names.filter((n) => present.includes(n));
  if (!members.length) return undefined;
  const first = position(o, members[0]);
  members.forEach((n, i) => {
    if (o.names[first + i] !== n) throw new Error(`not contiguous: ${members.join(',')}`);
  });
  const until = after(o, members[members.length - 1]);
  if (removedIn !== undefined && until !== undefined && until !== removedIn && !(removedIn === o.beyond && until === o.names.at(-1))) {
    throw new Error(`removed in ${removedIn}, but the last release with it is ${members.at(-1)}`);
  }
  return until !== undefined ? { since: members[0], until } : removedIn !== undefined ? { since: members[0], until: removedIn } : { since: members[0] };
}

/** Every run of consecutive present names as a range (for facts that come and go). */
export function rangesOf(present, order = RELEASE_ORDER) {
  const o = asOrder(order);
  const out = [];
  let run = [];
  for (const name of o.names) {
    if (present.includes(name)) run.push(name);
    else if (run.length) { out.push(rangeOf(run, undefined, o)); run = []; }
  }
  if (run.length) out.push(rangeOf(run, undefined, o));
  return out;
}

/** The newest name of the order inside the range. */
export function lastIn(range, order = RELEASE_ORDER) {
  const o = asOrder(order);
  return range.until === undefined ? o.names.at(-1) : o.names[position(o, range.until) - 1];
}

/**
 * [name, entry] pairs (oldest first) -> one { since, until?, ...entry } per run of consecutive
 * names with the same entry.
 */
export function collapse(perName, order = RELEASE_ORDER) {
  const o = asOrder(order);
  const runs = [];
  for (const [name, entry] of perName) {
    const key = JSON.stringify(entry);
    const last = runs[runs.length - 1];
    if (last && last.key === key && position(o, last.names.at(-1)) === position(o, name) - 1) last.names.push(name);
    else runs.push({ key, names: [name], entry });
  }
  return runs.map(({ names, entry }) => ({ ...rangeOf(names, undefined, o), ...entry }));
}

export function inRange(range, name, order = RELEASE_ORDER) {
  const o = asOrder(order);
  const at = position(o, name);
  return at >= position(o, range.since) && (range.until === undefined || at < position(o, range.until));
}
