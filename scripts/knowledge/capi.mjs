// Cluster API drivers of Magnum -> schemas/capi-drivers.json (their magnum.conf options and entry
// points per driver version) and schemas/capi-labels.json (the cluster labels each version reads).
// Source: ../shared/facts/magnum-capi (capi_helm.json, magnum_cluster_api.json). Facts only.
import { compact, readFacts } from './common.mjs';
import { aliasesOf, lifetime, withHistory } from './conf-releases.mjs';
import { GROUP_SUMMARIES, OPTION_FORMATS, PACKAGES } from './corrections/capi.mjs';

const NOTES = [
  'Options and entry points per driver tag: magnum-capi-helm 1.0.0 ... 1.4.0, magnum-cluster-api v0.34.2 ... v0.38.1 (read in full).',
  'No tag of either driver pins a Magnum series: which driver version a cloud runs is a setting (driverVersions), the newest by default.',
];

const triple = (p) => ({ serverType: p.server_type, osDistro: p.os_distro, coe: p.coe });

/** Entry point -> the (server type, os_distro, coe) triples its driver class claims, per version. */
function entryPoints(pkg, versions, factsOf) {
  const perName = {};
  for (const v of versions) {
    for (const d of factsOf(v)) (perName[d.entry_point] ??= {})[v] = { provides: d.provides.map(triple) };
  }
  return Object.fromEntries(Object.entries(perName).map(([name, perVersion]) => {
    const { base, history } = withHistory(perVersion, ['provides'], versions);
    return [name, compact({ provides: base.provides, ...lifetime(Object.keys(perVersion), undefined, versions), history })];
  }));
}

function optionEntry(pkg, group, name, perVersion, aliases, versions) {
  const { base, history } = withHistory(perVersion, ['default', 'choices', 'unread', 'summary'], versions);
  const life = lifetime(Object.keys(perVersion), undefined, versions);
  return compact({
    type: base.type,
    default: base.default,
    choices: base.choices,
    secret: base.secret || undefined,
    format: OPTION_FORMATS[pkg]?.[`${group}.${name}`],
    summary: base.summary,
    unread: base.unread,
    aliases: aliasesOf(aliases, life, versions),
    ...life,
    history,
  });
}

function groupsOf(pkg, versions, optionsOf) {
  const perOption = {};
  for (const v of versions) {
    for (const [group, list] of Object.entries(optionsOf(v))) {
      for (const o of list) {
        const slot = ((perOption[group] ??= {})[o.name] ??= { perVersion: {}, aliases: {} });
        slot.perVersion[v] = {
          type: o.type,
          // oslo converts a default through the type: a dict literal on a StrOpt is its text.
          default: o.type === 'StrOpt' && o.default && typeof o.default === 'object' ? JSON.stringify(o.default) : o.default ?? undefined,
          choices: o.choices,
          secret: o.secret,
          summary: o.summary,
          unread: o.read_by_driver === false || undefined,
        };
        slot.aliases[v] = (o.deprecated_opts ?? []).map((a) => ({ group: a.group ?? group, name: a.name ?? o.name }));
      }
    }
  }
  const groups = {};
  for (const group of Object.keys(perOption).sort()) {
    const options = {};
    for (const name of Object.keys(perOption[group]).sort()) {
      const { perVersion, aliases } = perOption[group][name];
      options[name] = optionEntry(pkg, group, name, perVersion, aliases, versions);
    }
    groups[group] = compact({ summary: GROUP_SUMMARIES[group], options });
  }
  return groups;
}

/** Options of older tags than those read in full (`group|name` -> first/last tag), for "removed" messages. */
function olderOptions(history, groups) {
  const out = {};
  for (const [key, h] of Object.entries(history ?? {})) {
    const [group, name] = key.split('|');
    if (group === 'None' || groups[group]?.options[name]) continue;
    (out[group] ??= {})[name] = { since: h.first, last: h.last };
  }
  return Object.keys(out).length ? out : undefined;
}

function capiHelm() {
  const facts = readFacts(PACKAGES['magnum-capi-helm'].facts);
  const versions = Object.keys(facts.versions);
  return {
    summary: PACKAGES['magnum-capi-helm'].summary,
    repo: facts.source.repo,
    versions,
    entryPoints: entryPoints('magnum-capi-helm', versions, (v) => facts.versions[v].driver_classes),
    groups: groupsOf('magnum-capi-helm', versions, (v) => facts.versions[v].options),
  };
}

function clusterApi() {
  const facts = readFacts(PACKAGES['magnum-cluster-api'].facts);
  const versions = Object.keys(facts.versions);
  const groups = groupsOf('magnum-cluster-api', versions, (v) => facts.versions[v].options);
  return compact({
    summary: PACKAGES['magnum-cluster-api'].summary,
    repo: facts.source.repo,
    versions,
    entryPoints: entryPoints('magnum-cluster-api', versions, (v) => facts.versions[v].drivers),
    groups,
    olderOptions: olderOptions(facts.options_history_all_tags, groups),
  });
}

export function capiDrivers() {
  return { notes: NOTES, packages: { 'magnum-capi-helm': capiHelm(), 'magnum-cluster-api': clusterApi() } };
}

/** A label default as the code writes it -> a plain value where it is a literal, else the expression. */
function defaultValue(expr) {
  if (expr === undefined || expr === null) return undefined;
  if (/^".*"$/.test(expr) || /^'.*'$/.test(expr)) return expr.slice(1, -1);
  if (expr === 'True' || expr === 'False') return expr === 'True';
  if (/^-?\d+$/.test(expr)) return Number(expr);
  if (expr === 'None') return null;
  return { expression: expr };
}

function capiHelmLabels() {
  const facts = readFacts(PACKAGES['magnum-capi-helm'].facts);
  const versions = Object.keys(facts.versions);
  const labels = {};
  for (const l of [...facts.labels].sort((a, b) => a.label.localeCompare(b.label))) {
    const perVersion = {};
    for (const v of l.present_in) {
      perVersion[v] = { parse: l.parse, scope: l.scope_by_version?.[v] ?? l.scope, default: defaultValue(l.default_expr_by_version?.[v]?.[0]) };
    }
    const { base, history } = withHistory(perVersion, ['scope', 'default'], versions);
    labels[l.label] = compact({
      parse: base.parse, scope: base.scope, default: base.default, meaning: l.meaning, chartValue: l.helm_values,
      ...lifetime(l.present_in, undefined, versions), history,
    });
  }
  return { versions, labels };
}

function clusterApiLabels() {
  const facts = readFacts(PACKAGES['magnum-cluster-api'].facts);
  const versions = Object.keys(facts.versions);
  const perLabel = {};
  for (const v of versions) {
    for (const l of facts.versions[v].labels) {
      (perLabel[l.label] ??= {})[v] = { parse: l.parse_kinds, scope: l.scopes, default: defaultValue(l.defaults?.[0]) };
    }
  }
  const meaning = Object.fromEntries(facts.labels_latest.map((l) => [l.label, l.meaning]));
  const labels = {};
  for (const name of Object.keys(perLabel).sort()) {
    const { base, history } = withHistory(perLabel[name], ['parse', 'scope', 'default'], versions);
    labels[name] = compact({
      parse: base.parse, scope: base.scope, default: base.default, meaning: meaning[name],
      firstTag: facts.label_since?.[name]?.first_tag,
      ...lifetime(Object.keys(perLabel[name]), undefined, versions), history,
    });
  }
  return { versions, labels };
}

export function capiLabels() {
  return {
    notes: ['Labels each driver version reads, with the parser kind, where it is read from and its default (a literal, or the expression the code uses).'],
    packages: { 'magnum-capi-helm': capiHelmLabels(), 'magnum-cluster-api': clusterApiLabels() },
  };
}
