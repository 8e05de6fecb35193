// Release arithmetic shared by the magnum.conf generators: series order, version -> series, and the
// compact per-release form options are written in (since / last / history).
import { RELEASES } from './common.mjs';

/**
 * The series in development after our newest stable release (keystonemiddleware 13.0.0):
 * `magnum/README.md` and the keystonemiddleware version table of the facts name it the 2026.2 cycle.
 * Magnum's `master` is that cycle's code: an option Magnum dropped on master is removed in 2026.2 and
 * absent from master; a library release of the cycle (not yet what master runs with) takes effect
 * after master.
 */
export const DEVELOPMENT_SERIES = '2026.2';

/** Every series the facts mention, oldest first: two before our first release, one after master. */
export const SERIES = ['pike', 'queens', ...RELEASES, DEVELOPMENT_SERIES];

export const seriesIndex = (name) => {
  const i = SERIES.indexOf(name);
  if (i < 0) throw new Error(`unknown series ${name}`);
  return i;
};

const versionKey = (v) => v.split('.').map((p) => (p === 'x' ? Infinity : Number(p)));

function compareVersions(a, b) {
  const x = versionKey(a);
  const y = versionKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/**
 * A version -> series function from a table like `{"5.0.0-5.2.x": "rocky", "13.0.0": "2026.2 cycle"}`:
 * a version belongs to the last range starting at or before it.
 */
export function versionToSeries(table) {
  const ranges = Object.entries(table)
    .filter(([range]) => /^\d/.test(range))
    .map(([range, series]) => ({ start: range.split('-')[0].replace(/\.x$/, '.0'), series: series.split(/\s/)[0] }))
    .sort((a, b) => compareVersions(a.start, b.start));
  return (version) => {
    const v = version.match(/^\d+(\.\d+)*/)[0];
    let found = ranges[0].series;
    for (const r of ranges) if (compareVersions(r.start, v) <= 0) found = r.series;
    return found;
  };
}

/** The releases of RELEASES in [first, last) by series order (last exclusive, may be undefined). */
export function releasesBetween(first, removed) {
  const from = seriesIndex(first);
  const to = removed === undefined ? Infinity : seriesIndex(removed);
  return RELEASES.filter((r) => seriesIndex(r) >= from && seriesIndex(r) < to);
}

/** since/last/removedIn of a contiguous run of releases; throws on gaps so the schema stays honest. */
export function lifetime(releases, removedIn, order = RELEASES) {
  const present = order.filter((r) => releases.includes(r));
  if (!present.length) return undefined;
  const first = order.indexOf(present[0]);
  present.forEach((r, i) => {
    if (order[first + i] !== r) throw new Error(`releases are not contiguous: ${present.join(',')}`);
  });
  const last = present[present.length - 1];
  const newest = last === order[order.length - 1];
  return {
    since: present[0],
    ...(newest ? {} : { last }),
    removedIn: removedIn ?? (newest ? undefined : order[order.indexOf(last) + 1]),
  };
}

/**
 * Per-release attribute sets -> the newest set as the base plus `history` entries for runs of
 * releases whose attributes differ from it (null = the attribute is absent there). `order` may be
 * another ordered list, e.g. a driver's versions.
 */
export function withHistory(perRelease, fields, order = RELEASES) {
  const releases = order.filter((r) => perRelease[r]);
  const newest = perRelease[releases[releases.length - 1]];
  const history = [];
  for (const r of releases) {
    const attrs = {};
    for (const f of fields) {
      const value = perRelease[r][f];
      if (JSON.stringify(value) !== JSON.stringify(newest[f])) attrs[f] = value ?? null;
    }
    if (!Object.keys(attrs).length) continue;
    const previous = history[history.length - 1];
    if (previous && JSON.stringify(previous.attrs) === JSON.stringify(attrs) && order.indexOf(previous.last) === order.indexOf(r) - 1) {
      previous.last = r;
    } else {
      history.push({ since: r, last: r, attrs });
    }
  }
  return { base: newest, history: history.length ? history : undefined };
}

/**
 * Aliases (deprecated group/name spellings) accepted per release -> [{group, name, last?}], where
 * `last` is given only when the alias stops being accepted before the option itself goes.
 */
export function aliasesOf(perRelease, optionLast, order = RELEASES) {
  const seen = new Map();
  for (const r of order) {
    for (const alias of perRelease[r] ?? []) {
      const key = `${alias.group}/${alias.name}`;
      seen.set(key, { ...alias, last: r });
    }
  }
  const out = [...seen.values()].map((a) => (a.last === optionLast ? { group: a.group, name: a.name } : a));
  return out.length ? out : undefined;
}
