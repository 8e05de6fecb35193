// Heat resource types and HOT versions -> schemas/heat-resource-types.json, schemas/hot-versions.json
// Facts only: names, types, constraints, defaults, support status, versions. No descriptions.
import { compact, readFacts, STABLE_RELEASES as RELEASES } from './common.mjs';
import { rangesOf } from './ranges.mjs';
// Heat's facts are per stable branch; the engine reads master's Heat as the newest stable one.

/** Which Heat source answers for each OpenStack release (the closest branch dumped in the facts). */
const SOURCE_OF_RELEASE = {
  rocky: 'unmaintained/yoga', stein: 'unmaintained/yoga', train: 'unmaintained/yoga', ussuri: 'unmaintained/yoga',
  victoria: 'unmaintained/yoga', wallaby: 'unmaintained/yoga', xena: 'unmaintained/yoga', yoga: 'unmaintained/yoga',
  zed: 'zed',
  '2023.1': 'unmaintained/2023.1', '2023.2': 'unmaintained/2023.1',
  '2024.1': 'stable/2025.1', '2024.2': 'stable/2025.1', '2025.1': 'stable/2025.1',
  '2025.2': 'stable/2026.1', '2026.1': 'stable/2026.1',
};

/** Heat's major version in each release: what a release's Heat cannot know yet is pruned by it. */
const HEAT_MAJOR = Object.fromEntries(RELEASES.map((r, i) => [r, 11 + i]));

/** Heat version numbers (support_status.version) -> OpenStack release names. */
const HEAT_VERSION_RELEASE = {
  '2013.1': 'Grizzly', '2013.2': 'Havana', '2014.1': 'Icehouse', '2014.2': 'Juno', '2015.1': 'Kilo',
  '5.0.0': 'Liberty', '6.0.0': 'Mitaka', '7.0.0': 'Newton', '8.0.0': 'Ocata', '9.0.0': 'Pike', '10.0.0': 'Queens',
  '11.0.0': 'Rocky', '12.0.0': 'Stein', '13.0.0': 'Train', '14.0.0': 'Ussuri', '15.0.0': 'Victoria',
  '16.0.0': 'Wallaby', '17.0.0': 'Xena', '18.0.0': 'Yoga', '19.0.0': 'Zed', '20.0.0': '2023.1', '21.0.0': '2023.2',
  '22.0.0': '2024.1', '23.0.0': '2024.2', '24.0.0': '2025.1', '25.0.0': '2025.2', '26.0.0': '2026.1', '27.0.0': 'next release',
};

const HEAT_TYPE_TO_PARAM = { String: 'string', Integer: 'number', Number: 'number', Boolean: 'boolean', List: 'comma_delimited_list', Map: 'json' };

/** A support_status chain (newest first, nested previous_status) or zed's flat strings -> compact fields. */
function supportFields(status, flatSince) {
  flatSince = flatSince ?? undefined;
  if (typeof status === 'string' || (status === undefined && flatSince)) {
    const s = status ?? 'SUPPORTED';
    return compact({ status: s === 'SUPPORTED' ? undefined : s, since: flatSince, introduced: s === 'SUPPORTED' ? flatSince : undefined });
  }
  if (!status) return {};
  const chain = [];
  for (let s = status; s; s = s.previous_status) chain.push(s);
  const first = chain[chain.length - 1];
  return compact({
    status: status.status === 'SUPPORTED' ? undefined : status.status,
    since: status.version,
    introduced: first.status === 'SUPPORTED' ? first.version : undefined,
  });
}

function constraintFields(constraints = []) {
  const out = {};
  for (const c of constraints) {
    if (c.kind === 'AllowedValues') {
      out.allowed = c.allowed_values ?? c.allowed;
      if (c.allowed_int_range_inclusive) out.allowedIntRange = c.allowed_int_range_inclusive;
    } else if (c.kind === 'Range') out.range = compact({ min: c.min ?? undefined, max: c.max ?? undefined });
    else if (c.kind === 'Length') out.length = compact({ min: c.min ?? undefined, max: c.max ?? undefined });
    else if (c.kind === 'AllowedPattern') out.pattern = c.pattern;
    else if (c.kind === 'Modulo') out.modulo = compact({ step: c.step, offset: c.offset });
    else if (c.kind === 'CustomConstraint') out.custom = c.name;
  }
  return out;
}

/** Defaults taken from a heat.conf option are stored as that option's default. */
function defaultValue(value) {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'object' && '$config' in value ? value.config_default ?? undefined : value;
}

function property(p) {
  const zedSince = typeof p.support_status === 'string' || p.since ? p.since : undefined;
  return compact({
    type: p.type,
    required: p.required || undefined,
    default: defaultValue(p.default),
    updatable: p.update_allowed || undefined,
    immutable: p.immutable || undefined,
    notImplemented: p.implemented === false || undefined,
    ...constraintFields(p.constraints),
    ...supportFields(p.support_status, zedSince),
    schema: p.schema && Object.keys(p.schema).length ? properties(p.schema) : undefined,
  });
}

function properties(schema) {
  return Object.fromEntries(Object.entries(schema ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([name, p]) => [name, property(p)]));
}

function attributeNames(attributes) {
  const names = Array.isArray(attributes) ? attributes : Object.keys(attributes ?? {});
  return [...new Set([...names, 'show'])].sort();
}

const updatePolicy = (schema) => (schema && Object.keys(schema).length ? properties(schema) : undefined);

/** One type's schema as one Heat source defines it; flags missing from a source come from `flagsFrom`. */
function typeSchema(t, flagsFrom) {
  return compact({
    ...supportFields(t.support_status, t.since),
    dynamicAttributes: (t.dynamic_attributes ?? flagsFrom?.dynamic_attributes) || undefined,
    anyProperties: (t.placeholder_accepts_any_properties ?? flagsFrom?.placeholder_accepts_any_properties) || undefined,
    snapshot: (t.deletion_policy_snapshot_supported ?? flagsFrom?.deletion_policy_snapshot_supported) || undefined,
    properties: properties(t.properties),
    attributes: attributeNames(t.attributes),
    // the keys update_policy takes (Resource.update_policy_schema); the zed dump has none, its neighbour's hold
    updatePolicy: updatePolicy(t.update_policy ?? flagsFrom?.update_policy),
  });
}

/** 12.0.0 -> 12; the 2013.x-2015.x and 5.0.0 ... versions all predate every release we know. */
function majorOf(version) {
  const m = /^(\d+)\.\d+(\.\d+)?$/.exec(version ?? '');
  return m && Number(m[1]) < 2000 ? Number(m[1]) : 0;
}

/** Drops what came after the release's Heat (the oldest releases share the yoga dump). */
function pruned(schema, major) {
  const keep = (p) => majorOf(p.introduced) <= major;
  const prune = (props) => Object.fromEntries(Object.entries(props).filter(([, p]) => keep(p))
    .map(([name, p]) => [name, p.schema ? { ...p, schema: prune(p.schema) } : p]));
  return keep(schema) ? { ...schema, properties: prune(schema.properties) } : undefined;
}

function sources() {
  const all = readFacts('resource_types_all.json').by_branch;
  const zed = readFacts('heat-zed.json').resource_types;
  // The zed dump has no class flags (they come from the neighbouring dump) and lists no hidden types:
  // those registered both before and after zed are taken from the yoga dump.
  const zedTypes = Object.fromEntries(Object.entries(zed).map(([name, t]) => [name, typeSchema(t, all['unmaintained/yoga'][name] ?? all['unmaintained/2023.1'][name])]));
  for (const [name, t] of Object.entries(all['unmaintained/yoga'])) {
    if (!zedTypes[name] && all['unmaintained/2023.1'][name]) zedTypes[name] = typeSchema(t);
  }
  const out = { zed: zedTypes };
  for (const [branch, types] of Object.entries(all)) {
    out[branch] = Object.fromEntries(Object.entries(types).map(([name, t]) => [name, typeSchema(t)]));
  }
  return out;
}

/**
 * { releases: {release: heat source}, heatVersions: {number: release name}, types: {name: [variant]} }
 * where each variant is a type schema plus the ranges of releases it holds in (identical schemas are stored once).
 */
export function resourceTypes() {
  const bySource = sources();
  const types = {};
  const names = [...new Set(RELEASES.flatMap((r) => Object.keys(bySource[SOURCE_OF_RELEASE[r]])))].sort();
  for (const name of names) {
    const variants = [];
    for (const release of RELEASES) {
      const source = bySource[SOURCE_OF_RELEASE[release]][name];
      const schema = source && pruned(source, HEAT_MAJOR[release]);
      if (!schema) continue;
      const key = JSON.stringify(schema);
      const same = variants.find((v) => v.key === key);
      if (same) same.releases.push(release);
      else variants.push({ key, releases: [release], schema });
    }
    // Heat's facts end at the newest stable release: an open range also answers for master.
    types[name] = variants.map((v) => ({ in: rangesOf(v.releases, RELEASES), ...v.schema }));
  }
  return { releases: SOURCE_OF_RELEASE, heatVersions: HEAT_VERSION_RELEASE, parameterTypes: HEAT_TYPE_TO_PARAM, types };
}

export function hotVersions() {
  const facts = readFacts('hot_versions.json');
  const structure = readFacts('hot_structure.json');
  return {
    accepted: facts.accepted_values_in_order,
    versions: facts.versions.map((v) => ({
      value: v.value,
      aliasOf: v.alias_of ?? undefined,
      openstackRelease: v.openstack_release,
      sections: v.top_level_sections,
      functions: Object.keys(v.functions ?? {}),
      implementations: Object.fromEntries(Object.entries(v.functions ?? {}).map(([name, f]) => [name, f.implementation])),
      removedFunctions: v.removed_functions_error_if_used ?? [],
      conditionFunctions: v.condition_functions ?? [],
      conditionsSupported: Boolean(v.conditions_supported),
      resourceKeys: v.resource_keys,
      outputKeys: v.output_keys,
      parameterKeys: v.parameter_keys,
      parameterTypes: v.parameter_types,
      deletionPolicies: v.deletion_policies,
    })),
    pseudoParameters: facts.pseudo_parameters_hot.available,
    globalTypeAliases: structure.environment_file.default_global_aliases,
  };
}
