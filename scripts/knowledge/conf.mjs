// magnum.conf options per release -> schemas/conf-options.json
import { compact, readFacts, RELEASES } from './common.mjs';

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

export function confOptions() {
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

