// The library groups magnum.conf holds (oslo.*, osprofiler, keystonemiddleware, keystoneauth1).
//
// Approximation: per-release data exists only for keystonemiddleware ([keystone_authtoken], scanned
// at every tag) and for the group names. Every other library option comes from the oslo-config-generator
// output of the Debian Zed packages (magnum-options-zed.json) and is assumed to exist, unchanged, in
// every release rocky ... 2026.1. Such groups are marked `approximate: "zed"`.
import { compact, readFacts, RELEASES } from './common.mjs';
import { EXTRA_GROUPS, IGNORE_CASE, MIN_ZERO, PLUGIN_REQUIREMENTS } from './corrections/conf.mjs';
import { GROUP_LIBRARY, KEYSTONE_AUTH_SUMMARIES, LIBRARY_SUMMARIES, PLUGIN_OPTION_SUMMARIES } from './corrections/conf-words.mjs';
import { aliasesOf, lifetime, releasesBetween, seriesIndex, versionToSeries, withHistory } from './conf-releases.mjs';

const TYPES = {
  'string value': 'StrOpt', 'integer value': 'IntOpt', 'boolean value': 'BoolOpt', 'list value': 'ListOpt',
  'floating point value': 'FloatOpt', 'multi valued': 'MultiStrOpt', 'host address value': 'HostAddressOpt',
  'port value': 'PortOpt', 'IP address value': 'IPOpt', 'dict value': 'DictOpt', 'uri value': 'URIOpt',
};

export const normalizeName = (name) => name.replace(/-/g, '_');

const ALL = { since: RELEASES[0] };

export function zedOption(group, o, summary) {
  const id = `${group}.${normalizeName(o.name)}`;
  const aliases = (o.deprecated_opts ?? []).map((d) => ({ group: d.group ?? group, name: normalizeName(d.name ?? o.name) }));
  return compact({
    type: TYPES[o.type] ?? 'StrOpt',
    default: o.default ?? undefined,
    choices: o.choices,
    ignoreCase: IGNORE_CASE.includes(id) || undefined,
    min: o.min ?? (MIN_ZERO.includes(id) ? 0 : undefined),
    max: o.max,
    secret: o.secret || undefined,
    required: o.required || undefined,
    summary,
    deprecatedForRemoval: o.deprecated_for_removal || undefined,
    deprecatedSince: o.deprecated_since,
    aliases: aliases.length ? aliases : undefined,
    ...ALL,
  });
}

/** Library groups (and library options of DEFAULT) from the Zed generator output. */
export function libraryGroups() {
  const zed = readFacts('magnum-options-zed.json');
  const groups = {};
  const source = { ...zed.groups, ...EXTRA_GROUPS };
  for (const [group, opts] of Object.entries(source)) {
    if (group === 'keystone_authtoken' || group === 'keystone_auth') continue;
    for (const o of opts) {
      if (o.namespace === 'magnum.conf' && group !== 'profiler') continue;
      const name = normalizeName(o.name);
      groups[group] ??= {};
      groups[group][name] ??= zedOption(group, o, LIBRARY_SUMMARIES[group]?.[name]);
    }
  }
  return groups;
}

/** Zed's min/max/choices/secret of Magnum's own options (the per-release facts do not carry them). */
export function zedMagnumAttributes() {
  const zed = readFacts('magnum-options-zed.json');
  const out = {};
  for (const [group, opts] of Object.entries(zed.groups)) {
    for (const o of opts) {
      if (o.namespace !== 'magnum.conf') continue;
      out[`${group}.${normalizeName(o.name)}`] = compact({ min: o.min, max: o.max, choices: o.choices, secret: o.secret || undefined });
    }
  }
  return out;
}

/** [keystone_authtoken]: keystonemiddleware options per release, from its per-tag history. */
export function keystoneAuthtoken() {
  const facts = readFacts('magnum/conf_options.json').library_registered.keystone_authtoken;
  const seriesOf = versionToSeries(facts.keystonemiddleware_version_to_openstack_series);
  const options = {};
  for (const [name, o] of Object.entries(facts.options)) {
    const first = seriesOf(o.first_seen_in_scanned_range);
    const removed = o.removed_in_keystonemiddleware && seriesOf(o.removed_in_keystonemiddleware);
    const present = releasesBetween(first, removed);
    if (!present.length) continue;
    const history = (o.history ?? [{ from_version: '0', attributes: o }]).map((h) => ({ series: seriesOf(h.from_version), attrs: h.attributes }));
    const perRelease = {};
    const aliases = {};
    for (const r of present) {
      const attrs = history.filter((h) => h.attrs && seriesIndex(h.series) <= seriesIndex(r)).pop()?.attrs ?? history[0].attrs;
      perRelease[r] = { default: attrs.default, deprecatedForRemoval: attrs.deprecated_for_removal || undefined };
      aliases[r] = attrs.deprecated_name ? [{ group: 'keystone_authtoken', name: attrs.deprecated_name }] : [];
    }
    const { base, history: changes } = withHistory(perRelease, ['default', 'deprecatedForRemoval']);
    const life = lifetime(present, removed);
    options[name] = compact({
      type: o.type,
      default: base.default,
      choices: o.choices,
      ignoreCase: o.ignore_case || undefined,
      secret: o.secret || undefined,
      summary: o.summary,
      deprecatedForRemoval: base.deprecatedForRemoval,
      deprecatedSince: o.deprecated_since,
      deprecatedReason: o.deprecated_reason_paraphrased,
      aliases: aliasesOf(aliases, life),
      ...life,
      removedWith: o.removed_in_keystonemiddleware && `keystonemiddleware ${o.removed_in_keystonemiddleware}`,
      history: changes,
    });
  }
  // keystoneauth's loading options, registered by the middleware in this group too.
  const zed = readFacts('magnum-options-zed.json').groups.keystone_authtoken;
  for (const o of zed) {
    const name = normalizeName(o.name);
    options[name] ??= zedOption('keystone_authtoken', o, LIBRARY_SUMMARIES.keystone_authtoken[name]);
  }
  return options;
}

/** [keystone_auth]: keystoneauth1 loading and session options (plugin options are in authPlugins). */
export function keystoneAuth() {
  const ka = readFacts('magnum/conf_options.json').library_registered.keystone_auth;
  const options = {};
  for (const [name, o] of Object.entries({ ...ka.common_options, ...ka.session_options })) {
    options[name] = compact({
      type: o.type,
      default: name === 'auth_type' ? ka.magnum_default_override?.auth_type : o.default,
      summary: KEYSTONE_AUTH_SUMMARIES[name],
      aliases: o.deprecated_name ? [{ group: 'keystone_auth', name: o.deprecated_name }] : undefined,
      ...ALL,
    });
  }
  return options;
}

export function authPlugins() {
  const zed = readFacts('magnum-options-zed.json');
  const plugins = {};
  for (const [plugin, opts] of Object.entries(zed.keystoneauth_plugins)) {
    const options = {};
    for (const o of opts) {
      options[o.name] = compact({
        type: 'StrOpt',
        secret: o.secret || undefined,
        summary: PLUGIN_OPTION_SUMMARIES[o.name],
        aliases: o.deprecated.length ? o.deprecated.map((name) => ({ name })) : undefined,
        ...ALL,
      });
    }
    plugins[plugin] = compact({ options, requires: PLUGIN_REQUIREMENTS[plugin] });
  }
  return plugins;
}

export const groupLibrary = (group) => GROUP_LIBRARY[group];
