/**
 * What a magnum.conf may hold for one release, seen from one document: the static options of each
 * group plus the options of the keystoneauth plugin each auth group selects with `auth_type`.
 */
import {
  aliasInRelease, aliasTargets, AUTH_PLUGINS, authPlugin, CONF_GROUPS, confGroup, confOption, optionIn,
  optionInRelease, type AliasTarget, type ConfOptionInfo,
} from '../../knowledge/conf-options';
import type { CapiSettings } from '../../knowledge/capi-drivers';
import { CapiCatalog, type CapiSectionKind } from './capi-catalog';
import { entriesOf, normalizeGroup, normalizeKey } from './model';
import type { ConfDocument } from './tokenizer';

/** Groups whose auth plugin options depend on their auth_type (plus any group named by auth_section). */
const AUTH_GROUPS = ['keystone_auth', 'keystone_authtoken'];
const LOADING_OPTIONS = ['auth_type', 'auth_section'];
const GROUP_OF_LOADING = 'keystone_auth';

export type Lookup =
  /** An option of the group in this release (the view of that release). */
  | { kind: 'option'; group: string; name: string; info: ConfOptionInfo; plugin?: string }
  /** An older spelling still accepted in this release. */
  | { kind: 'alias'; target: AliasTarget; info: ConfOptionInfo }
  /** An older spelling this release no longer accepts. */
  | { kind: 'gone-alias'; target: AliasTarget }
  /** An option of other releases only. */
  | { kind: 'other-release'; info: ConfOptionInfo }
  /** An auth plugin option the group's auth_type does not load (`selected` undefined: no auth_type). */
  | { kind: 'plugin-option'; selected: string | undefined; owners: string[] }
  /** The group loads an auth plugin we do not know: anything may be right. */
  | { kind: 'open' }
  /** A Cluster API driver's option, but of other versions of the driver than the one answering. */
  | { kind: 'driver-version'; pkg: string; version: string; range: string; newer: boolean }
  | { kind: 'unknown' };

export interface OfferedOption {
  name: string;
  info: ConfOptionInfo;
  /** The auth plugin the option belongs to, for plugin options. */
  plugin?: string;
}

export type SectionKind = 'known' | 'auth-section' | 'alias-group' | 'gone-alias-group' | 'other-release' | 'unknown'
  /** A Cluster API driver's group absent from its answering version, or of the package not installed. */
  | 'driver-version' | 'other-driver';

function lastValue(doc: ConfDocument, group: string, keys: string[]): string | undefined {
  const entries = keys.flatMap((k) => entriesOf(doc, group, k)).sort((a, b) => a.span.start - b.span.start);
  return entries.length ? entries[entries.length - 1].value.trim() : undefined;
}

let aliasGroups: Set<string> | undefined;

function isAliasGroup(group: string): boolean {
  if (!aliasGroups) {
    aliasGroups = new Set();
    for (const g of CONF_GROUPS) {
      for (const info of Object.values(confGroup(g)!.options)) for (const a of info.aliases ?? []) if (a.group) aliasGroups.add(normalizeGroup(a.group));
    }
  }
  return aliasGroups.has(group);
}

export class ConfCatalog {
  private readonly authSections: Set<string>;
  private readonly plugins = new Map<string, string | undefined>();
  private readonly offered = new Map<string, OfferedOption[]>();

  /** The Cluster API drivers' groups, which Magnum itself does not register. */
  readonly capi: CapiCatalog;

  constructor(private readonly doc: ConfDocument, readonly release: string, capi?: CapiSettings) {
    this.capi = new CapiCatalog(capi, release);
    this.authSections = new Set(AUTH_GROUPS.map((g) => lastValue(doc, g, ['auth_section'])).filter((v): v is string => !!v).map(normalizeGroup));
  }

  private isAuthGroup(group: string): boolean {
    return AUTH_GROUPS.includes(group) || this.authSections.has(group);
  }

  /** The auth plugin a group loads: its auth_type (or the older auth_plugin), else the group's default. */
  pluginOf(group: string): string | undefined {
    if (!this.plugins.has(group)) {
      this.plugins.set(group, lastValue(this.doc, group, ['auth_type', 'auth_plugin']) || confGroup(group)?.authPluginDefault);
    }
    return this.plugins.get(group);
  }

  sectionKind(group: string): SectionKind {
    const info = confGroup(group);
    if (info && Object.values(info.options).some((o) => optionInRelease(o, this.release))) return 'known';
    if (this.authSections.has(group)) return 'auth-section';
    if (isAliasGroup(group)) {
      const live = this.doc.sections.filter((s) => normalizeGroup(s.name) === group).flatMap((s) => s.entries)
        .some((e) => aliasTargets(group, normalizeKey(e.key)).some((t) => aliasInRelease(t.alias, t.info, this.release)));
      return live ? 'alias-group' : 'gone-alias-group';
    }
    if (info) return 'other-release';
    return this.capi.section(group)?.kind ?? 'unknown';
  }

  /** For a Cluster API driver's group: which package and version answer for it. */
  capiSection(group: string): CapiSectionKind | undefined {
    return confGroup(group) ? undefined : this.capi.section(group);
  }

  /** Option names a group offers in this release (static options, then the selected plugin's). */
  optionNames(group: string): OfferedOption[] {
    let names = this.offered.get(group);
    if (!names) this.offered.set(group, (names = this.computeOptionNames(group)));
    return names;
  }

  private computeOptionNames(group: string): OfferedOption[] {
    const out: OfferedOption[] = [];
    for (const [name, info] of Object.entries(confGroup(group)?.options ?? {})) {
      if (optionInRelease(info, this.release)) out.push({ name, info: optionIn(info, this.release) });
    }
    if (!confGroup(group)) out.push(...this.capi.options(group));
    const plugin = this.isAuthGroup(group) ? this.pluginOf(group) : undefined;
    for (const [name, info] of Object.entries((plugin && authPlugin(plugin)?.options) ?? {})) {
      if (!out.some((o) => o.name === name)) out.push({ name, info, plugin });
    }
    return out;
  }

  lookup(group: string, rawKey: string): Lookup {
    const key = normalizeKey(rawKey);
    if (!confGroup(group) && this.capi.section(group)) return this.lookupCapi(group, key);
    // A section named by auth_section takes keystoneauth's loading options like [keystone_auth] does.
    const info = confOption(group, key) ?? (this.authSections.has(group) && LOADING_OPTIONS.includes(key) ? confOption(GROUP_OF_LOADING, key) : undefined);
    if (info && optionInRelease(info, this.release)) return { kind: 'option', group, name: key, info: optionIn(info, this.release) };
    if (this.isAuthGroup(group)) {
      const plugin = this.lookupPlugin(group, key);
      if (plugin) return plugin;
    }
    const targets = aliasTargets(group, key);
    const live = targets.find((t) => aliasInRelease(t.alias, t.info, this.release) && optionInRelease(t.info, this.release));
    if (live) return { kind: 'alias', target: live, info: optionIn(live.info, this.release) };
    if (targets.length) return { kind: 'gone-alias', target: targets[0] };
    if (info) return { kind: 'other-release', info };
    return { kind: 'unknown' };
  }

  private lookupCapi(group: string, key: string): Lookup {
    const found = this.capi.lookup(group, key);
    switch (found.kind) {
      case 'option': return { kind: 'option', group, name: key, info: found.info };
      case 'alias': return { kind: 'alias', target: { group: found.group, name: found.name, info: found.info, alias: found.alias }, info: found.info };
      case 'driver-version': return found;
      default: return { kind: 'unknown' };
    }
  }

  private lookupPlugin(group: string, key: string): Lookup | undefined {
    const selected = this.pluginOf(group);
    const plugin = selected ? authPlugin(selected) : undefined;
    if (selected && !plugin) return { kind: 'open' };
    if (plugin) {
      if (Object.hasOwn(plugin.options, key)) return { kind: 'option', group, name: key, info: plugin.options[key], plugin: selected };
      for (const [name, info] of Object.entries(plugin.options)) {
        const alias = info.aliases?.find((a) => a.name === key);
        if (alias) return { kind: 'alias', target: { group, name, info, alias }, info };
      }
    }
    const owners = AUTH_PLUGINS.filter((p) => Object.hasOwn(authPlugin(p)!.options, key));
    return owners.length ? { kind: 'plugin-option', selected, owners } : undefined;
  }

  /** Group names a misspelt section could have meant. */
  groupCandidates(): string[] {
    return [...CONF_GROUPS.filter((g) => this.sectionKind(g) === 'known'), ...this.capi.groups()];
  }
}

const cache = new WeakMap<ConfDocument, Map<string, ConfCatalog>>();

/** One catalog per document, release and Cluster API settings, shared by the rules, hovers and completion. */
export function catalogFor(doc: ConfDocument, release: string, capi?: CapiSettings): ConfCatalog {
  let byRelease = cache.get(doc);
  if (!byRelease) cache.set(doc, (byRelease = new Map()));
  const key = `${release} ${capi?.capiDriver ?? ''} ${JSON.stringify(capi?.driverVersions ?? {})}`;
  let catalog = byRelease.get(key);
  if (!catalog) byRelease.set(key, (catalog = new ConfCatalog(doc, release, capi)));
  return catalog;
}

/** Options a dedicated rule reports (auth-uri-deprecated); the generic rules leave them alone. */
const OWN_RULE_OPTIONS = new Set(['keystone_authtoken/auth_uri']);

export function hasOwnRule(group: string, key: string): boolean {
  return OWN_RULE_OPTIONS.has(`${group}/${normalizeKey(key)}`);
}
