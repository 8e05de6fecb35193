// Magnum drivers per release (assembled by drivers.mjs into schemas/drivers/*.json and schemas/magnum.json). Sources: ../shared/facts/magnum (driver_params.json,
// drivers_timeline.md) and, for parameter types/defaults and the environments' resource_registry,
// the upstream templates in ../shared/corpus/magnum (facts only: names, types, defaults, mappings).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { FACTS_DIR, readFacts, RELEASES, ROOT } from './common.mjs';
import { CONDITION_WORDS } from './corrections/magnum.mjs';
import { collapse, rangeOf } from './ranges.mjs';

export const CORPUS_DIR = process.env.CORPUS_DIR ?? resolve(ROOT, '../shared/corpus/magnum');

const ALWAYS = new Set(['always', 'always_key_value_may_be_null', 'required_attribute']);

/** Rows of the first markdown table after a heading line starting with `heading`. */
function markdownTable(text, heading) {
  const lines = text.split('\n');
  let i = lines.findIndex((l) => l.startsWith(heading));
  if (i < 0) throw new Error(`drivers_timeline.md: no section '${heading}'`);
  while (i < lines.length && !lines[i].startsWith('|')) i++;
  const rows = [];
  for (; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i].split('|').slice(1, -1).map((c) => c.trim()));
  return { header: rows[0], body: rows.slice(2) };
}

/** "ussuri … zed", "2023.1, 2023.2", "2024.1 … master" -> release names we know. */
function expandReleases(cell) {
  const range = /^(\S+)\s+…\s+(\S+)$/.exec(cell);
  if (range) {
    const from = RELEASES.indexOf(range[1]);
    const to = range[2] === 'master' ? RELEASES.length - 1 : RELEASES.indexOf(range[2]);
    if (from < 0 || to < 0) throw new Error(`unknown release range '${cell}'`);
    return RELEASES.slice(from, to + 1);
  }
  return cell.split(',').map((s) => s.trim()).filter((r) => RELEASES.includes(r));
}

const codeValues = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

function timelineFacts() {
  const text = readFileSync(join(FACTS_DIR, 'magnum/drivers_timeline.md'), 'utf8');
  const coe = {};
  for (const [series, values] of markdownTable(text, '## 3.').body) {
    for (const release of expandReleases(series)) coe[release] = codeValues(values);
  }
  const status = {};
  const drivers = markdownTable(text, '## 2. In-tree');
  for (const [series, ...cells] of drivers.body) {
    for (const release of expandReleases(series)) {
      status[release] = {};
      cells.forEach((cell, i) => {
        if (cell.startsWith('yes')) status[release][drivers.header[i + 1]] = cell.includes('deprecated') ? 'deprecated' : 'supported';
      });
    }
  }
  const provides = {};
  for (const [driver, serverType, osDistro, coeValue] of markdownTable(text, '### 2.1').body) {
    if (!driver.startsWith('contrib')) provides[driver] = { serverType, osDistro: codeValues(osDistro)[0], coe: coeValue };
  }
  const minimum = /must be present and >= (\d+) \(GB\)/.exec(text);
  const deprecated = /From [\d.]+ \((\w+); commit \w+\) the API logs a DeprecationWarning\s+when a cluster template uses `(\w+)` or `(\w+)` \(recommends\s+`(\w+)`\)/.exec(text);
  if (!minimum || !deprecated) throw new Error('drivers_timeline.md: devicemapper / storage driver facts not found');
  const storage = {
    devicemapperMinimumGb: Number(minimum[1]),
    deprecatedDrivers: [deprecated[2], deprecated[3]],
    deprecatedSince: deprecated[1].toLowerCase(),
    recommendedDriver: deprecated[4],
  };
  return { coe, status, provides, storage };
}

export function magnumDrivers() {
  const facts = readFacts('magnum/driver_params.json');
  const timeline = timelineFacts();
  const releases = {};
  for (const release of RELEASES) {
    // master has no driver_params (no in-tree driver is left there) but the timeline knows its COE values.
    const rel = facts.releases[release] ?? (timeline.coe[release] ? { drivers: {} } : undefined);
    if (!rel) continue;
    const drivers = {};
    for (const [name, d] of Object.entries(rel.drivers)) {
      if (!d.registered_entry_point) continue;
      drivers[name] = { status: timeline.status[release]?.[name] ?? 'supported', topLevel: d.top_level_template.split('/').pop() };
    }
    releases[release] = { coe: timeline.coe[release] ?? [], drivers };
  }
  return { releases, provides: timeline.provides, storage: timeline.storage };
}

/** Labels, fields and other conditions under which one stage passes the parameter. */
function stageSources(name, stage) {
  const labels = [];
  const fields = [];
  const other = [];
  const attr = stage.mapped_attribute;
  if (attr?.cluster_template_attr) fields.push(`cluster_template.${attr.cluster_template_attr}`);
  if (attr?.cluster_attr) fields.push(`cluster.${attr.cluster_attr}`);
  if (stage.mapped_from_nodegroup_attribute) fields.push('nodegroup');
  if (stage.presence === 'always_key_value_may_be_null') labels.push(name);
  for (const condition of stage.conditions_any_of ?? []) {
    let m;
    if ((m = /^(?:nodegroup )?label (\S+) (?:set|true|present)/.exec(condition))) labels.push(m[1]);
    else if (/^label present in the new cluster template/.test(condition)) labels.push(name);
    else if ((m = /^(\S+) label true/.exec(condition))) labels.push(m[1]);
    else if ((m = /^cluster template (\S+) /.exec(condition))) fields.push(`cluster_template.${m[1]}`);
    else other.push(CONDITION_WORDS[condition] ?? condition);
  }
  return { labels, fields, other };
}

/** One release's view of a passed parameter: errors when always passed, else the labels/fields that trigger it. */
function passedEntry(name, p) {
  const stages = Object.keys(p.stages);
  const always = Object.values(p.stages).some((s) => ALWAYS.has(s.presence));
  const labels = new Set();
  const fields = new Set();
  const other = new Set();
  for (const stage of Object.values(p.stages)) {
    const s = stageSources(name, stage);
    s.labels.forEach((x) => labels.add(x));
    s.fields.forEach((x) => fields.add(x));
    s.other.forEach((x) => other.add(x));
  }
  const entry = { always };
  if (stages.length !== 1 || stages[0] !== 'create') entry.stages = stages;
  if (labels.size) entry.labels = [...labels].sort();
  if (fields.size) entry.fields = [...fields].sort();
  if (other.size) entry.when = [...other].sort();
  return entry;
}

function corpusTemplate(release, driver, file) {
  const path = join(CORPUS_DIR, release, 'drivers', driver, 'templates', file);
  if (!existsSync(path)) return undefined;
  try {
    return parse(readFileSync(path, 'utf8'), { uniqueKeys: false });
  } catch {
    return undefined;
  }
}

/** YAML-able default text for a declaration fix: a declared upstream default, else an empty value of the type. */
function declarationOf(body) {
  if (!body || typeof body !== 'object') return undefined;
  const type = String(body.type ?? 'string');
  if (body.hidden) return { type };
  return Object.hasOwn(body, 'default') && body.default !== null ? { type, default: body.default } : { type };
}

/** Per parameter name, the declaration upstream templates use in each release (any driver's top-level template). */
function upstreamDeclarations(facts) {
  const perName = {};
  for (const release of RELEASES) {
    const drivers = Object.entries(facts.releases[release]?.drivers ?? {}).sort(([a], [b]) => a.localeCompare(b));
    const seen = new Set();
    for (const [driver, d] of drivers) {
      const doc = corpusTemplate(release, driver, d.top_level_template.split('/').pop());
      for (const [name, body] of Object.entries(doc?.parameters ?? {})) {
        const declaration = declarationOf(body);
        if (seen.has(name) || !declaration) continue;
        seen.add(name);
        (perName[name] ??= []).push([release, declaration]);
      }
    }
  }
  return perName;
}

export function magnumParameters() {
  const facts = readFacts('magnum/driver_params.json');
  const drivers = {};
  for (const release of RELEASES) {
    for (const [driver, d] of Object.entries(facts.releases[release]?.drivers ?? {})) {
      const target = (drivers[driver] ??= { topLevel: {}, perName: {} });
      target.topLevel[release] = d.top_level_template.split('/').pop();
      for (const [name, p] of Object.entries(d.passed_parameters)) {
        (target.perName[name] ??= []).push([release, passedEntry(name, p)]);
      }
    }
  }
  const out = {};
  for (const [driver, { topLevel, perName }] of Object.entries(drivers)) {
    const parameters = {};
    for (const name of Object.keys(perName).sort()) parameters[name] = collapse(perName[name]);
    out[driver] = { topLevel, parameters };
  }
  const usedNames = new Set(Object.values(out).flatMap((d) => Object.keys(d.parameters)));
  const upstream = upstreamDeclarations(facts);
  const declarations = Object.fromEntries([...usedNames].sort().filter((n) => upstream[n]).map((n) => [n, collapse(upstream[n])]));
  return { drivers: out, declarations };
}

/** resource_registry of Magnum's shared environments: alias -> real types and nested template files, and the releases with it. */
export function magnumAliases() {
  const aliases = {};
  const environments = new Set();
  for (const release of RELEASES) {
    const dir = join(CORPUS_DIR, release, 'drivers', 'common', 'templates', 'environments');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
      environments.add(file);
      const registry = parse(readFileSync(join(dir, file), 'utf8'))?.resource_registry ?? {};
      for (const [alias, target] of Object.entries(registry)) {
        if (typeof target !== 'string') continue;
        const entry = (aliases[alias] ??= { types: [], files: [], releases: [] });
        if (!entry.releases.includes(release)) entry.releases.push(release);
        // Files are kept relative to drivers/common/templates (the environments' parent).
        const list = /\.ya?ml$/.test(target) ? entry.files : entry.types;
        const value = list === entry.files ? target.replace(/^\.\.\//, '') : target;
        if (!list.includes(value)) list.push(value);
      }
    }
  }
  if (!Object.keys(aliases).length) throw new Error(`no Magnum environments found under ${CORPUS_DIR}`);
  const out = {};
  for (const [alias, { types, files, releases }] of Object.entries(aliases)) {
    // From the first release mapping it to the last (a gap would be a release without the environments).
    const range = rangeOf(RELEASES.slice(RELEASES.indexOf(releases[0]), RELEASES.indexOf(releases.at(-1)) + 1));
    out[alias] = { ...(types.length ? { types: types.sort() } : {}), ...(files.length ? { files: files.sort() } : {}), ...range };
  }
  return { environments: [...environments].sort(), aliases: out };
}
