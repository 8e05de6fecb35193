// Magnum's drivers over the releases (-> schemas/drivers/*.json and schemas/magnum.json, see drivers.mjs): when each in-tree Heat driver
// came, was deprecated and went (with the upstream change that did it), the COE values and image
// distros that went with them, the Cluster API drivers that took over, how Magnum picks a driver in
// each release (incl. master), and the (server type, os_distro, coe) triples two drivers claim.
// Sources: schemas' own magnum-drivers data (drivers_timeline.md), magnum-capi/magnum_recent.json,
// and the capi-drivers generator.
import { compact, readFacts, RELEASES } from './common.mjs';
import { collapse, inRange, rangeOf } from './ranges.mjs';
import { capiDrivers } from './capi.mjs';
import { magnumDrivers } from './magnum.mjs';

const tripleKey = (p) => `${p.serverType}/${p.osDistro}/${p.coe}`;

/** The range of something present (and maybe deprecated from `deprecatedSince` on) in some releases. */
function lifeOf(statusOf) {
  const range = rangeOf(RELEASES.filter((r) => statusOf(r)));
  return range && compact({ ...range, deprecatedSince: RELEASES.find((r) => statusOf(r) === 'deprecated') });
}

/** Upstream changes naming a driver ("swarm_fedora_atomic_v1/v2 dropped") -> driver -> {kind: change}. */
function changesByDriver() {
  const out = {};
  for (const e of readFacts('magnum-capi/magnum_recent.json').deprecations_removals_features) {
    if (e.kind !== 'removal' && e.kind !== 'deprecation') continue;
    for (const m of e.what.matchAll(/\b([a-z0-9]+(?:_[a-z0-9]+)*_v)(\d)((?:\/v\d)*)/g)) {
      for (const n of [m[2], ...m[3].split('/v').filter(Boolean)]) {
        (out[`${m[1]}${n}`] ??= {})[e.kind] = compact({ commit: e.commit.slice(0, 8), firstTag: e.first_tag ?? undefined });
      }
    }
  }
  return out;
}

function heatDrivers(drivers) {
  const changes = changesByDriver();
  const names = [...new Set(Object.values(drivers.releases).flatMap((r) => Object.keys(r.drivers)))].sort();
  return Object.fromEntries(names.map((name) => [name, compact({
    kind: 'heat',
    provides: drivers.provides[name],
    ...lifeOf((r) => drivers.releases[r]?.drivers[name]?.status),
    removal: changes[name]?.removal,
    deprecation: changes[name]?.deprecation,
  })]));
}

/** The Cluster API drivers: out of tree, so present whenever installed; their triples over the versions. */
function capiEntryPoints(packages) {
  const out = {};
  for (const [pkg, info] of Object.entries(packages)) {
    for (const [name, ep] of Object.entries(info.entryPoints)) {
      out[name] = compact({ kind: 'capi', package: pkg, provides: ep.provides, sinceVersion: ep.since });
    }
  }
  return out;
}

/** COE values over the releases: deprecated when every in-tree driver serving it is and no CAPI driver serves it. */
function coeLifecycle(drivers, capi) {
  const values = [...new Set(Object.values(drivers.releases).flatMap((r) => r.coe))];
  const capiCoes = new Set(Object.values(capi).flatMap((d) => d.provides.map((p) => p.coe)));
  return Object.fromEntries(values.map((coe) => [coe, lifeOf((r) => {
    const rel = drivers.releases[r];
    if (!rel?.coe.includes(coe)) return undefined;
    if (capiCoes.has(coe)) return 'supported';
    const serving = Object.entries(rel.drivers).filter(([d]) => drivers.provides[d]?.coe === coe);
    return serving.length && serving.every(([, d]) => d.status === 'deprecated') ? 'deprecated' : 'supported';
  })]));
}

/** Image distros (Glance os_distro) of the Heat drivers: retired once no in-tree or CAPI driver serves them. */
function distroLifecycle(heat, capi) {
  const capiDistros = new Set(Object.values(capi).flatMap((d) => d.provides.map((p) => p.osDistro)));
  const out = {};
  for (const [name, d] of Object.entries(heat)) {
    if (!d.provides || capiDistros.has(d.provides.osDistro)) continue;
    (out[d.provides.osDistro] ??= { drivers: [] }).drivers.push(name);
  }
  for (const [distro, entry] of Object.entries(out)) {
    const status = (r) => {
      const live = entry.drivers.map((n) => heat[n]).filter((d) => inRange(d, r));
      if (!live.length) return undefined;
      return live.every((d) => d.deprecatedSince && inRange({ since: d.deprecatedSince }, r)) ? 'deprecated' : 'supported';
    };
    Object.assign(entry, lifeOf(status));
  }
  return out;
}

/** Triples claimed by more than one driver (a Heat driver only while it is in tree). */
function collisions(heat, capi) {
  const claims = {};
  for (const [name, d] of Object.entries(capi)) for (const p of d.provides) (claims[tripleKey(p)] ??= []).push(name);
  for (const [name, d] of Object.entries(heat)) {
    if (d.provides && claims[tripleKey(d.provides)] && !d.until) claims[tripleKey(d.provides)].push(name);
  }
  return Object.entries(claims).filter(([, names]) => new Set(names.map((n) => capi[n]?.package ?? n)).size > 1)
    .map(([key, names]) => {
      const [serverType, osDistro, coe] = key.split('/');
      return { serverType, osDistro, coe, drivers: names.sort() };
    });
}

/** How a driver gets named in each release, besides the triple: from the facts' driver_selection. */
function selection() {
  const facts = readFacts('magnum-capi/magnum_recent.json');
  const out = {};
  for (const s of facts.driver_selection) {
    const source = s.template_create.driver_source;
    out[s.release] = compact({
      imageProperty: /magnum_driver/.test(source) || undefined,
      templateField: /request field driver/.test(source) || undefined,
      defaultDriver: s.default_driver ? true : undefined,
      firstEntryPointFallback: /alphabetically first/.test(source) || undefined,
      duplicateTriple: /LAST wins/.test(s.triple_map.duplicate_triple) ? 'last-loaded-wins' : undefined,
    });
  }
  return out;
}

/** [drivers] option names per release (master included). */
function driversOptions() {
  const facts = readFacts('magnum-capi/magnum_recent.json');
  const conf = readFacts('magnum/conf_options.json').groups.drivers;
  const out = Object.fromEntries(Object.entries(facts.drivers_options_per_release).map(([r, list]) => [r, list.map((o) => o.name).sort()]));
  out.master ??= Object.entries(conf).filter(([, o]) => o.present_in.includes('master')).map(([n]) => n).sort();
  return out;
}

/** Per-release facts -> ranged entries (`value` wraps what is no object). */
const ranged = (perRelease, wrap) => collapse(RELEASES.filter((r) => perRelease[r]).map((r) => [r, wrap ? { [wrap]: perRelease[r] } : perRelease[r]]));

/**
 * Each driver's lifecycle (schemas/drivers/<driver>.json takes them), and the facts of no one driver:
 * COE values and image distros over the releases, triples two drivers claim, how a release picks a
 * driver and its [drivers] options.
 */
export function magnumLifecycle() {
  const drivers = magnumDrivers();
  const heat = heatDrivers(drivers);
  const capi = capiEntryPoints(capiDrivers().packages);
  return {
    drivers: { ...heat, ...capi },
    coe: coeLifecycle(drivers, capi),
    distros: distroLifecycle(heat, capi),
    collisions: collisions(heat, capi),
    selection: ranged(selection()),
    driversOptions: ranged(driversOptions(), 'options'),
  };
}
