// magnum.conf knowledge -> schemas/conf-options.json: every option per release (Magnum's own groups,
// per release from magnum/conf_options.json; keystonemiddleware per tag; the other libraries and the
// keystoneauth plugins approximated from the Zed generator output, see conf-library.mjs), plus the
// release facts the magnum.conf rules need.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compact, FACTS_DIR, readFacts, RELEASES } from './common.mjs';
import { authPlugins, groupLibrary, keystoneAuth, keystoneAuthtoken, libraryGroups, zedMagnumAttributes } from './conf-library.mjs';
import { aliasesOf, DEVELOPMENT_SERIES, lifetime, withHistory } from './conf-releases.mjs';
import { rangesOf } from './ranges.mjs';
import { PLUGIN_URL_OPTIONS, URL_FORMATS } from './corrections/conf.mjs';
import { GROUP_SUMMARIES, SUMMARY_OVERRIDES } from './corrections/conf-words.mjs';

const NOTES = [
  'Magnum\'s own options: per release rocky ... 2026.1 from magnum/conf/*.py at each release branch end, and master (the 2026.2 cycle) at 5a492d64.',
  '[keystone_authtoken]: per keystonemiddleware tag, mapped to the release series that shipped it (approximate for versions tagged before branching).',
  'Other library groups (oslo.*, osprofiler) and the keystoneauth plugin options: the oslo-config-generator output of the Debian Zed packages, assumed for every release.',
];

function magnumPerRelease(o) {
  const history = o.attribute_history ?? [{ releases: o.present_in, attributes: o }];
  const perRelease = {};
  const aliases = {};
  for (const r of RELEASES) {
    const attrs = history.find((h) => h.releases.includes(r))?.attributes;
    if (!attrs || !o.present_in.includes(r)) continue;
    perRelease[r] = { default: attrs.default, itemChoices: attrs.item_type_choices };
    aliases[r] = attrs.deprecated_group || attrs.deprecated_name ? [{ group: attrs.deprecated_group ?? undefined, name: attrs.deprecated_name ?? undefined }] : [];
  }
  return { perRelease, aliases };
}

function magnumOption(group, name, o, zed) {
  const { perRelease, aliases } = magnumPerRelease(o);
  const life = lifetime(Object.keys(perRelease), o.absent_from === 'master' ? DEVELOPMENT_SERIES : o.absent_from);
  if (!life) return undefined;
  const { base, history } = withHistory(perRelease, ['default', 'itemChoices']);
  const resolved = aliasesOf(aliases, life)
    ?.map((a) => ({ ...a, group: a.group ?? group, name: a.name ?? name }));
  return compact({
    type: o.type,
    default: base.default,
    choices: o.valid_values_from_entry_points ?? zed?.choices,
    itemChoices: base.itemChoices,
    min: zed?.min ?? (o.type === 'PortOpt' ? 0 : undefined),
    max: zed?.max,
    secret: o.secret || zed?.secret || undefined,
    summary: SUMMARY_OVERRIDES[`${group}.${name}`] ?? o.summary,
    deprecatedForRemoval: o.deprecated_for_removal || undefined,
    deprecatedReason: o.deprecated_reason_paraphrased,
    aliases: resolved,
    ...life,
    history,
  });
}

function withFormats(options, plugins) {
  for (const [id, format] of Object.entries(URL_FORMATS)) {
    const [group, name] = id.split('.');
    if (options[group]?.[name]) options[group][name] = { ...options[group][name], format };
  }
  for (const plugin of Object.values(plugins)) {
    for (const name of PLUGIN_URL_OPTIONS) if (plugin.options[name]) plugin.options[name] = { ...plugin.options[name], format: 'url' };
  }
}

/** Magnum series -> its first magnum version, from the table in drivers_timeline.md. */
function firstMagnumVersions() {
  const text = readFileSync(join(FACTS_DIR, 'magnum', 'drivers_timeline.md'), 'utf8');
  const out = {};
  for (const m of text.matchAll(/^\| ([\w.]+)(?: \([A-Za-z]+\))? \| (\d+)\.(\d+)\.(\d+) – /gm)) out[m[1]] = [Number(m[2]), Number(m[3]), Number(m[4])];
  return out;
}

/**
 * Facts the magnum.conf rules need beyond option metadata, each derived from the facts:
 * - authUriOnly: the releases (ranges) that shipped a Magnum before 7.1.0, which reads only auth_uri
 *   (magnum_reads_keystone_authtoken in conf_options.json).
 * - dockerVolumeTypePassThrough: per driver, the releases (ranges) in which it passes an empty
 *   default_docker_volume_type to Cinder: every driver before train, and later the non-fedora
 *   drivers (drivers_timeline.md section 6; driver lists from driver_params.json).
 * - keystoneAdminPort: the legacy admin port (default of keystonemiddleware's auth_port).
 */
function pitfalls(authtoken) {
  const versions = firstMagnumVersions();
  const authUriOnly = rangesOf(RELEASES.filter((r) => versions[r] && (versions[r][0] < 7 || (versions[r][0] === 7 && versions[r][1] < 1))));
  const drivers = readFacts('magnum/driver_params.json').releases;
  const fallbackSince = RELEASES.indexOf('train');
  const passing = RELEASES.map((r, i) => [r, Object.keys(drivers[r]?.drivers ?? {}).filter((d) => i < fallbackSince || !d.startsWith('k8s_fedora_'))]);
  const names = [...new Set(passing.flatMap(([, list]) => list))].sort();
  const dockerVolumeTypePassThrough = Object.fromEntries(names.map((d) => [d, rangesOf(passing.filter(([, list]) => list.includes(d)).map(([r]) => r))]));
  return {
    authUriOnly,
    dockerVolumeTypePassThrough,
    keystoneAdminPort: authtoken.auth_port.default,
    keystonePublicPort: 5000,
    clusterReachableUrls: [
      'keystone_authtoken.www_authenticate_uri', 'keystone_authtoken.auth_uri', 'keystone_auth.auth_url',
      'cluster.etcd_discovery_service_endpoint_format', 'kubernetes.post_install_manifest_url',
    ],
  };
}

export function confOptions() {
  const facts = readFacts('magnum/conf_options.json');
  const zed = zedMagnumAttributes();
  const options = {};
  for (const [group, opts] of Object.entries(facts.groups)) {
    options[group] = {};
    for (const [name, o] of Object.entries(opts)) {
      const entry = magnumOption(group, name, o, zed[`${group}.${name}`]);
      if (entry) options[group][name] = entry;
    }
  }
  for (const [group, opts] of Object.entries(libraryGroups())) options[group] = { ...opts, ...options[group] };
  options.keystone_authtoken = keystoneAuthtoken();
  options.keystone_auth = keystoneAuth();

  const plugins = authPlugins();
  withFormats(options, plugins);
  // Groups only libraries register: their options are the Zed catalogue (Magnum's own groups are exact).
  const approximate = new Set(Object.keys(libraryGroups()).filter((g) => !facts.groups[g]));
  const groups = {};
  for (const group of Object.keys(options).sort((a, b) => (a === 'DEFAULT' ? -1 : b === 'DEFAULT' ? 1 : a.localeCompare(b)))) {
    groups[group] = compact({
      summary: GROUP_SUMMARIES[group],
      library: groupLibrary(group),
      approximate: approximate.has(group) ? 'zed' : undefined,
      authPluginDefault: group === 'keystone_auth' ? options.keystone_auth.auth_type.default : undefined,
      options: Object.fromEntries(Object.entries(options[group]).sort(([a], [b]) => a.localeCompare(b))),
    });
  }
  return {
    notes: NOTES,
    groups,
    authPlugins: plugins,
    pitfalls: pitfalls(options.keystone_authtoken),
  };
}
