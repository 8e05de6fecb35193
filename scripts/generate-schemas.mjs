#!/usr/bin/env node
// Regenerates schemas/*.json from the OpenStack facts in ../shared/facts (or FACTS_DIR).
// Only facts (names, types, defaults, versions, ports) are carried over; prose is not.
// Usage: node scripts/generate-schemas.mjs [--check]   (--check: fail if schemas/ is stale)
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const factsDir = process.env.FACTS_DIR ?? resolve(root, '../shared/facts');
const outDir = join(root, 'schemas');
const check = process.argv.includes('--check');

const readFacts = (rel) => JSON.parse(readFileSync(join(factsDir, rel), 'utf8'));

const RELEASES = ['rocky', 'stein', 'train', 'ussuri', 'victoria', 'wallaby', 'xena', 'yoga', 'zed',
  '2023.1', '2023.2', '2024.1', '2024.2', '2025.1', '2025.2', '2026.1'];

function compact(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

function optionEntry(o, fallbackReleases) {
  const present = (o.present_in ?? fallbackReleases).filter((r) => RELEASES.includes(r));
  return compact({
    type: String(o.type ?? 'StrOpt').replace(/\s*\(.*\)$/, ''),
    default: o.default,
    secret: o.secret || undefined,
    summary: o.summary,
    deprecatedForRemoval: o.deprecated_for_removal || undefined,
    deprecatedReason: o.deprecated_reason_paraphrased,
    deprecatedName: o.deprecated_name,
    deprecatedGroup: o.deprecated_group,
    releases: present,
  });
}

// Our own one-liners for the password plugin options most confs set.
const PASSWORD_PLUGIN_SUMMARIES = {
  auth_url: 'Keystone endpoint the service authenticates against (password plugin).',
  username: 'Service user name (password plugin).',
  password: 'Service user password (password plugin).',
  project_name: 'Project the service user is scoped to (password plugin).',
  user_domain_name: 'Domain of the service user, by name (password plugin).',
  user_domain_id: 'Domain of the service user, by id (password plugin).',
  project_domain_name: 'Domain of the project, by name (password plugin).',
  project_domain_id: 'Domain of the project, by id (password plugin).',
};

function confOptions() {
  const facts = readFacts('magnum/conf_options.json');
  const groups = {};
  for (const [group, opts] of Object.entries(facts.groups)) {
    groups[group] = {};
    for (const [name, o] of Object.entries(opts)) {
      const entry = optionEntry(o, RELEASES);
      if (entry.releases.length) groups[group][name] = entry;
    }
  }
  // keystonemiddleware: every option we know was present through 12.0.0 (2026.1) unless it
  // disappeared earlier; removals in 13.0.0 land after our newest release.
  const authtoken = facts.library_registered.keystone_authtoken.options;
  groups.keystone_authtoken = {};
  for (const [name, o] of Object.entries(authtoken)) {
    const removedEarly = /^[0-9]\./.test(o.removed_in_keystonemiddleware ?? '') || /gone in [67]\./.test(o.deprecation ?? '');
    if (removedEarly) continue;
    groups.keystone_authtoken[name] = optionEntry(o, RELEASES);
  }
  const ka = facts.library_registered.keystone_auth;
  groups.keystone_auth = {};
  for (const [name, o] of Object.entries({ ...ka.common_options, ...ka.session_options })) {
    groups.keystone_auth[name] = optionEntry(o, RELEASES);
  }
  if (ka.magnum_default_override?.auth_type) groups.keystone_auth.auth_type.default = ka.magnum_default_override.auth_type;
  // Options of the keystoneauth password plugin (auth_type = password), read by both groups.
  const zed = readFacts('magnum-options-zed.json');
  for (const group of ['keystone_auth', 'keystone_authtoken']) {
    for (const o of zed.keystoneauth_plugins.password) {
      groups[group][o.name] ??= optionEntry({
        type: 'StrOpt', secret: o.secret, summary: PASSWORD_PLUGIN_SUMMARIES[o.name],
        deprecated_name: o.deprecated[0],
      }, RELEASES);
    }
  }
  return { releases: RELEASES, groups };
}

function portRule(r) {
  const protocol = r.protocol ?? 'any';
  const all = r.ports === 'all' || r.port_range_min === undefined;
  const remote = typeof r.remote === 'string' ? 'any' : r.remote?.cidr?.param ? `param:${r.remote.cidr.param}` : 'other';
  return { direction: r.direction?.startsWith('egress') ? 'egress' : 'ingress', protocol,
    min: all ? 1 : r.port_range_min, max: all ? 65535 : r.port_range_max, remote };
}

function ports() {
  const facts = readFacts('magnum/ports.json');
  const out = {};
  for (const [release, rel] of Object.entries(facts.releases)) {
    if (!RELEASES.includes(release)) continue;
    out[release] = {};
    for (const [driver, d] of Object.entries(rel.drivers)) {
      out[release][driver] = d.security_groups.map((g) => ({
        file: g.file, resource: g.resource, rules: g.rules.map(portRule),
      }));
    }
  }
  return out;
}

const HEAT_TYPE_TO_PARAM = { String: 'string', Integer: 'number', Number: 'number', Boolean: 'boolean', List: 'comma_delimited_list', Map: 'json' };

function resourceTypes() {
  const facts = readFacts('resource_types.json');
  const out = {};
  for (const [name, t] of Object.entries(facts.types)) {
    const properties = {};
    for (const [pname, p] of Object.entries(t.properties ?? {})) {
      properties[pname] = compact({ type: p.type, required: p.required || undefined, parameterType: HEAT_TYPE_TO_PARAM[p.type] });
    }
    out[name] = compact({
      status: t.support_status?.status,
      since: t.support_status?.version,
      properties,
      attributes: Object.keys(t.attributes ?? {}),
    });
  }
  return out;
}

function hotVersions() {
  const facts = readFacts('hot_versions.json');
  return {
    versions: facts.versions.map((v) => ({
      value: v.value,
      aliasOf: v.alias_of ?? undefined,
      openstackRelease: v.openstack_release,
      sections: v.top_level_sections,
      functions: Object.keys(v.functions ?? {}),
      conditionFunctions: v.condition_functions ?? [],
      conditionsSupported: Boolean(v.conditions_supported),
    })),
    pseudoParameters: facts.pseudo_parameters_hot.available,
  };
}

const outputs = {
  'conf-options.json': confOptions(),
  'ports.json': ports(),
  'heat-resource-types.json': resourceTypes(),
  'hot-versions.json': hotVersions(),
};

let stale = 0;
if (!existsSync(outDir)) mkdirSync(outDir);
for (const [file, data] of Object.entries(outputs)) {
  const text = JSON.stringify(data, null, 1) + '\n';
  const path = join(outDir, file);
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (old === text) continue;
  stale++;
  if (check) console.error(`schemas/${file} is stale: run npm run generate`);
  else { writeFileSync(path, text); console.log(`wrote schemas/${file}`); }
}
if (check && stale) process.exit(1);
