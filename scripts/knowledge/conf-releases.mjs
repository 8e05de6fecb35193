// Release arithmetic shared by the magnum.conf generators: series order, version -> series, and the
// compact per-release form options are written in (a range, see ranges.mjs, and history).
import { compact, DEVELOPMENT_SERIES, RELEASES } from './common.mjs';
import { collapse, lastIn, RELEASE_ORDER, rangeOf } from './ranges.mjs';

export { DEVELOPMENT_SERIES };

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

/** The range of a contiguous run of releases (or of `order`, e.g. a driver's versions), see ranges.mjs. */
export function lifetime(releases, removedIn, order = RELEASE_ORDER) {
  return rangeOf(releases, removedIn, order);
}

/**
 * Per-release attribute sets -> the newest set as the base plus `history` entries ({ since, until?,
 * attrs }) for runs of releases whose attributes differ from it (null = the attribute is absent
 * there). `order` may be another ordered list, e.g. a driver's versions.
 */
export function withHistory(perRelease, fields, order = RELEASE_ORDER) {
  const names = (Array.isArray(order) ? order : order.names).filter((r) => perRelease[r]);
  const newest = perRelease[names[names.length - 1]];
  const changed = [];
  for (const r of names) {
    const attrs = {};
    for (const f of fields) {
      const value = perRelease[r][f];
      if (JSON.stringify(value) !== JSON.stringify(newest[f])) attrs[f] = value ?? null;
    }
    if (Object.keys(attrs).length) changed.push([r, { attrs }]);
  }
  const history = collapse(changed, order);
  return { base: newest, history: history.length ? history : undefined };
}

/**
 * Aliases (deprecated group/name spellings) accepted per release -> [{group, name, until?}], where
 * `until` is given only when the alias stops being accepted before the option itself goes.
 */
export function aliasesOf(perRelease, optionRange, order = RELEASE_ORDER) {
  const names = Array.isArray(order) ? order : order.names;
  const seen = new Map();
  for (const r of names) {
    for (const alias of perRelease[r] ?? []) seen.set(`${alias.group}/${alias.name}`, { alias, last: r });
  }
  const optionLast = lastIn(optionRange, order);
  const out = [...seen.values()].map(({ alias, last }) => compact({
    group: alias.group, name: alias.name, until: last === optionLast ? undefined : rangeOf([last], undefined, order).until,
  }));
  return out.length ? out : undefined;
}
