import { catalogFor, type ConfCatalog } from './catalog';
import { entryGroup, normalizeGroup, normalizeKey } from './model';
import type { ConfDocument, ConfSection } from './tokenizer';
import {
  authPlugin, confGroup, groupLifetime, optionInRelease, releaseRange, type ConfOptionInfo, type DriverAnswer,
} from '../../knowledge/conf-options';
import { capiGroupSummary, versionOf, type CapiPackage, type CapiSettings } from '../../knowledge/capi-drivers';
import type { Span } from '../../core/text';
import type { HoverResult } from '../../core/hover-types';

const inside = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

function releaseLine(info: ConfOptionInfo, release: string): string {
  const range = releaseRange(info);
  const removal = info.removedIn ? ` Removed in ${info.removedIn}${info.removedWith ? ` (${info.removedWith})` : ''}.` : '';
  return optionInRelease(info, release) ? `Known in releases ${range}.${removal}` : `**Not in ${release}** (known in ${range}).${removal}`;
}

/** Which driver version answered, and why that one. */
export function driverAnswer(pkg: string, version: string, chosen: boolean): string {
  return `${pkg} ${version} (${chosen ? 'the version magnumHeat.driverVersions names' : 'the newest known; set magnumHeat.driverVersions for another'})`;
}

function driverLine(driver: DriverAnswer): string {
  const unread = driver.unread ? ' Registered, but this version never reads it: setting it changes nothing.' : '';
  return `Answered by ${driverAnswer(driver.package, driver.version, driver.chosen)}; in versions ${driver.range}.${unread}`;
}

function formatDefault(value: unknown): string {
  if (value === undefined || value === null) return 'none';
  if (Array.isArray(value)) return value.length ? `\`${value.join(',')}\`` : 'empty list';
  if (value === '') return 'empty';
  return `\`${String(value)}\``;
}

function limits(info: ConfOptionInfo): string[] {
  const out: string[] = [];
  if (info.choices) out.push(`Choices: ${info.choices.map((c) => `\`${c}\``).join(', ')}${info.ignoreCase ? ' (any case)' : ''}.`);
  if (info.itemChoices) out.push(`Items from: ${info.itemChoices.map((c) => `\`${c}\``).join(', ')}.`);
  if (info.min !== undefined || info.max !== undefined) out.push(`Range: ${info.min ?? '−∞'} … ${info.max ?? '∞'}.`);
  if (info.format) out.push(`A URL (${info.format === 'transport-url' ? 'driver://user:pass@host:port/, several hosts allowed' : info.format === 'sqlalchemy-url' ? 'SQLAlchemy dialect+driver://user:pass@host/db' : 'scheme://host:port/path'}).`);
  return out;
}

export function optionMarkdown(group: string, key: string, info: ConfOptionInfo, release: string, plugin?: string): string {
  const library = confGroup(group)?.library;
  const lines = [`**${key}** · \`[${group}]\` · ${info.type}`, ''];
  const what = info.summary ?? (plugin ? undefined : library && `An option of ${library}.`);
  if (what) lines.push(what, '');
  if (plugin) lines.push(`Read by the keystoneauth \`${plugin}\` plugin that \`auth_type\` selects.`, '');
  const facts = limits(info);
  if (facts.length) lines.push(...facts, '');
  if (info.secret) lines.push('Secret: its value is never shown by magnum-heat.', '');
  else lines.push(`Default: ${formatDefault(info.default)}`, '');
  if (info.deprecatedForRemoval) lines.push(`Deprecated for removal${info.deprecatedReason ? `: ${info.deprecatedReason}` : ''}.`, '');
  const aliases = (info.aliases ?? []).map((a) => `\`[${a.group ?? group}] ${a.name}\`${a.last ? ` (until ${a.last})` : ''}`);
  if (aliases.length) lines.push(`Also read under its old name${aliases.length > 1 ? 's' : ''} ${aliases.join(', ')}.`, '');
  lines.push(info.driver ? driverLine(info.driver) : releaseLine(info, release));
  if (confGroup(group)?.approximate && !plugin && !info.summary?.startsWith('Legacy')) {
    lines.push('', `*Release data of this library group: the ${confGroup(group)!.approximate} catalogue.*`);
  }
  return lines.join('\n');
}

function sectionMarkdown(catalog: ConfCatalog, section: ConfSection): string | undefined {
  const group = normalizeGroup(section.name);
  const info = confGroup(group);
  const kind = catalog.sectionKind(group);
  if (kind === 'auth-section') return `**[${group}]** · auth plugin options\n\nNamed by \`auth_section\`: keystoneauth reads the plugin options from here.`;
  if (kind === 'alias-group' || kind === 'gone-alias-group') return `**[${group}]** · old group name\n\nIts options were moved to other groups; see each option.`;
  if (!info) return capiSectionMarkdown(catalog, group);
  const lines = [`**[${group}]** · option group of magnum.conf`, ''];
  if (info.summary) lines.push(info.summary, '');
  if (info.library) lines.push(`Registered by ${info.library}.`, '');
  const plugin = catalog.pluginOf(group);
  if (info.authPluginDefault !== undefined || group === 'keystone_authtoken') lines.push(`Auth plugin: \`${plugin ?? 'none (legacy admin_* options)'}\`.`, '');
  const life = groupLifetime(group)!;
  lines.push(kind === 'known' ? `Known in releases ${releaseRange(life)}.` : `**Not in ${catalog.release}** (known in ${releaseRange(life)}).`);
  return lines.join('\n');
}

function capiSectionMarkdown(catalog: ConfCatalog, group: string): string | undefined {
  const found = catalog.capiSection(group);
  if (!found) return undefined;
  const lines = [`**[${group}]** · option group of the Cluster API driver ${found.pkg}`, ''];
  const summary = capiGroupSummary(group);
  if (summary) lines.push(summary, '');
  if (found.kind === 'known') lines.push(`Answered by ${driverAnswer(found.pkg, found.version, versionOf(found.pkg as CapiPackage, catalog.capi.settings).chosen)}.`);
  else if (found.kind === 'driver-version') lines.push(`**Not in ${found.pkg} ${found.version}** (registered in ${found.range}).`);
  else lines.push(`**Not read here**: magnumHeat.capiDriver names ${found.selected}.`);
  return lines.join('\n');
}

function keyMarkdown(catalog: ConfCatalog, group: string, rawKey: string): string | undefined {
  const found = catalog.lookup(group, rawKey);
  const key = normalizeKey(rawKey);
  switch (found.kind) {
    case 'option':
      return optionMarkdown(group, key, found.info, catalog.release, found.plugin);
    case 'alias':
    case 'gone-alias': {
      const { target } = found;
      const note = found.kind === 'alias' ? 'still read, with a deprecation warning' : `no longer read in ${catalog.release}`;
      return `\`[${group}] ${key}\` is an old name of \`[${target.group}] ${target.name}\` (${note}).\n\n${optionMarkdown(target.group, target.name, target.info, catalog.release)}`;
    }
    case 'other-release':
      return optionMarkdown(group, key, found.info, catalog.release);
    case 'plugin-option': {
      const owner = found.owners.includes('password') ? 'password' : found.owners[0];
      const why = found.selected ? `\`auth_type\` selects \`${found.selected}\` here` : 'this group sets no `auth_type`';
      return `Ignored here: ${why}.\n\n${optionMarkdown(group, key, authPlugin(owner)!.options[key], catalog.release, owner)}`;
    }
    default:
      return undefined;
  }
}

export function confHover(doc: ConfDocument, offset: number, release: string, capi?: CapiSettings): HoverResult | undefined {
  const catalog = catalogFor(doc, release, capi);
  const section = doc.sections.find((s) => inside(s.headerSpan, offset));
  if (section) {
    const markdown = sectionMarkdown(catalog, section);
    return markdown ? { markdown, span: section.headerSpan } : undefined;
  }
  const entry = doc.entries.find((e) => inside(e.keySpan, offset));
  const group = entry && entryGroup(entry);
  if (!entry || !group) return undefined;
  const markdown = keyMarkdown(catalog, group, entry.key);
  return markdown ? { markdown, span: entry.keySpan } : undefined;
}
