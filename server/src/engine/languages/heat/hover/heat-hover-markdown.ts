/** Markdown for Heat hovers: resource types, properties, functions, versions. Our words; facts from schemas/. */
import { canonicalResourceType } from '../../../knowledge/heat-types';
import { describeHeatVersion, firstReleaseWith, typeReleases, typeSchema, type HeatPropertyInfo, type HeatResourceTypeInfo } from '../../../knowledge/heat-schema';
import { functionDoc } from '../../../knowledge/function-docs';
import { hotVersion, oldestVersionWhere, type HotVersionInfo } from '../../../knowledge/hot-versions';
import { resourceTypeSummary } from '../../../knowledge/resource-type-summaries';

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

const STATUS_WORDS: Record<string, string> = { DEPRECATED: 'Deprecated', HIDDEN: 'Hidden (kept for old templates)', UNSUPPORTED: 'Unsupported' };

/** "Available since …" and "Deprecated since …" lines of a type or property. */
function supportLines(info: { status?: string; since?: string; introduced?: string }): string[] {
  const lines: string[] = [];
  if (info.introduced) lines.push(`Available since Heat ${describeHeatVersion(info.introduced)}.`);
  if (info.status) lines.push(`${STATUS_WORDS[info.status] ?? info.status}${info.since ? ` since Heat ${describeHeatVersion(info.since)}` : ''}.`);
  return lines;
}

function listOf(names: string[], limit = 12): string {
  const shown = names.slice(0, limit).map(code).join(', ');
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}

function releaseRange(releases: string[]): string {
  return releases.length === 1 ? releases[0] : `${releases[0]} – ${releases[releases.length - 1]}`;
}

function typeBody(info: HeatResourceTypeInfo): string[] {
  const lines = supportLines(info);
  if (info.anyProperties) lines.push('A placeholder in this release: it accepts any properties and creates nothing.');
  const required = Object.keys(info.properties).filter((p) => info.properties[p].required);
  if (required.length) lines.push(`Required properties: ${listOf(required)}.`);
  const attributes = info.attributes.filter((a) => a !== 'show');
  if (info.dynamicAttributes) lines.push('Attributes: also names that depend on what it creates (get_attr is not checked).');
  else if (attributes.length) lines.push(`Attributes: ${listOf(attributes)}.`);
  return lines;
}

export function resourceTypeMarkdown(type: string, release: string): string {
  const canonical = canonicalResourceType(type, release);
  const lines = [`**${type}**`, '', resourceTypeSummary(canonical)];
  if (canonical !== type) lines.push('', `Magnum alias: its environment maps it to \`${canonical}\` or to \`OS::Heat::None\` when the feature is off.`);
  const info = typeSchema(canonical, release);
  const releases = typeReleases(canonical);
  if (info) lines.push('', typeBody(info).join('\n\n'));
  else if (releases.length) lines.push('', `**Not in Heat of ${release}** (registered in ${releaseRange(releases)}).`);
  return lines.join('\n');
}

function constraintLines(p: HeatPropertyInfo): string[] {
  const lines: string[] = [];
  if (p.allowed) lines.push(`Allowed: ${p.allowed.map(code).join(', ')}${p.allowedIntRange ? ` or an integer from ${p.allowedIntRange[0]} to ${p.allowedIntRange[1]}` : ''}.`);
  if (p.range) lines.push(`Range: ${p.range.min ?? '…'} to ${p.range.max ?? '…'}.`);
  if (p.length) lines.push(`Length: ${p.length.min ?? 0} to ${p.length.max ?? 'any'}.`);
  if (p.pattern) lines.push(`Must match ${code(p.pattern)}.`);
  if (p.custom) lines.push(`Checked against the cloud: ${code(p.custom)}.`);
  return lines;
}

function shapeLine(p: HeatPropertyInfo): string | undefined {
  const item = p.schema?.['*'];
  if (item) return `Each item: ${item.type}${item.schema ? ` with keys ${listOf(Object.keys(item.schema))}` : ''}.`;
  return p.schema ? `Keys: ${listOf(Object.keys(p.schema))}.` : undefined;
}

/** `nested`: a key inside a property's value, whose updates follow the enclosing property. */
export function propertyMarkdown(name: string, typeName: string, p: HeatPropertyInfo, nested = false): string {
  const head = `**${name}** · ${p.type}${p.required ? ' · required' : ''} · property of \`${typeName}\``;
  const lines = [head, ...constraintLines(p)];
  const shape = shapeLine(p);
  if (shape) lines.push(shape);
  if (p.default !== undefined) lines.push(`Default: ${code(p.default)}.`);
  if (!nested) lines.push(p.updatable ? 'Changing it updates the resource in place.' : 'Changing it replaces the resource.');
  lines.push(...supportLines(p));
  if (p.notImplemented) lines.push('Not implemented by Heat: setting it fails.');
  return lines.join('\n\n');
}

/** A property the type lacks in this release but has in another. */
export function missingPropertyMarkdown(name: string, typeName: string, release: string, path: ReadonlyArray<string | number>): string | undefined {
  const first = firstReleaseWith(typeName, path);
  return first ? `**${name}** · property of \`${typeName}\`\n\n**Not in Heat of ${release}**; Heat knows it from ${first} on.` : undefined;
}

function since(name: string): HotVersionInfo | undefined {
  return oldestVersionWhere((v) => v.functions.includes(name) || v.conditionFunctions.includes(name));
}

export function functionMarkdown(name: string, version: HotVersionInfo | undefined): string | undefined {
  const implementation = version?.implementations[name] ?? hotVersion('2021-04-16')?.implementations[name] ?? since(name)?.implementations[name];
  const doc = functionDoc(implementation ?? name) ?? functionDoc(name);
  if (!doc) return undefined;
  const first = since(name);
  const lines = [`**${name}** · intrinsic function`, `\`${doc.signature}\``, doc.summary];
  if (first) lines.push(`Since HOT ${first.value}.`);
  if (version?.removedFunctions.includes(name)) lines.push(`**Not supported in HOT ${version.value}.**`);
  else if (version && !version.functions.includes(name) && !version.conditionFunctions.includes(name)) {
    lines.push(`**Not a function in HOT ${version.value}**: this map is plain data.`);
  }
  return lines.join('\n\n');
}

export function versionMarkdown(version: HotVersionInfo): string {
  const date = version.aliasOf ?? version.value;
  const lines = [`**heat_template_version ${version.value}**${version.aliasOf ? ` (alias of ${version.aliasOf})` : ''}`];
  lines.push(`HOT version of OpenStack ${version.openstackRelease ?? 'unknown'}${version.aliasOf ? '' : ` (${date})`}.`);
  lines.push(`Functions: ${version.functions.map(code).join(', ')}.`);
  if (version.conditionsSupported) lines.push(`Condition functions: ${version.conditionFunctions.map(code).join(', ')}.`);
  else lines.push('No `conditions` section (it starts with 2016-10-14).');
  return lines.join('\n\n');
}
