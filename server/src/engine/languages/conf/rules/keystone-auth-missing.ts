import { catalogFor } from '../catalog';
import { escapeSnippet, insertIntoGroup, type SnippetEdit } from '../edits';
import { entriesOf, isMainConfig, lastEntry, normalizeGroup, sectionsOf } from '../model';
import type { ConfDocument, ConfEntry } from '../tokenizer';
import { checkValue } from '../values';
import { authPlugin, confOption, type AuthPluginInfo, type ConfOptionInfo } from '../../../knowledge/conf-options';
import type { FixSpec, OffsetEdit } from '../../../core/rule';
import type { ConfRule } from '../context';
import type { Span } from '../../../core/text';

const GROUP = 'keystone_auth';
const SOURCE = 'keystone_authtoken';
const LEGACY_REMOVAL = confOption(SOURCE, 'admin_user')?.removedWith ?? 'a later keystonemiddleware';
/** Scope options copied along with the credentials: a token without a project cannot create trusts. */
const SCOPE = [['project_name', 'project_id'], ['user_domain_name', 'user_domain_id'], ['project_domain_name', 'project_domain_id']];

function isSet(doc: ConfDocument, group: string, names: string[], plugin: AuthPluginInfo | undefined): boolean {
  const spellings = names.flatMap((n) => [n, ...(plugin?.options[n]?.aliases ?? []).map((a) => a.name)]);
  return spellings.some((n) => entriesOf(doc, group, n).some((e) => e.value.trim() !== ''));
}

/** Stand-ins for values [keystone_authtoken] cannot give: obvious, and of the right form. */
const PLACEHOLDERS: Record<string, string> = { auth_url: 'https://keystone.example.com:5000/v3' };

interface Wanted {
  /** Alternatives: the first one set in [keystone_authtoken] is copied. */
  names: string[];
  /** Written when [keystone_authtoken] has none of them; without it the line gets a placeholder. */
  fallback?: string;
  /** Left out (rather than given a placeholder) when [keystone_authtoken] has none of them. */
  optional?: boolean;
}

/** A value of [keystone_authtoken] worth copying: set, and valid for the option it goes to. */
function usable(entry: ConfEntry | undefined, target: ConfOptionInfo | undefined): entry is ConfEntry {
  return !!entry && entry.value.trim() !== '' && (!target || checkValue(target, entry.value) === undefined);
}

/** The lines to add: values copied from [keystone_authtoken], else a fallback or a placeholder. */
function linesFor(doc: ConfDocument, plugin: AuthPluginInfo, wanted: Wanted[]): { plain: string[]; snippet: string[]; complete: boolean } {
  const plain: string[] = [];
  const snippet: string[] = [];
  let stops = 0;
  for (const { names, fallback, optional } of wanted) {
    const target = plugin.options[names[0]];
    const copied = names.map((n) => lastEntry(doc, SOURCE, n)).find((e) => usable(e, target));
    const uri = names[0] === 'auth_url' ? lastEntry(doc, SOURCE, 'www_authenticate_uri') : undefined;
    const from = copied ?? (usable(uri, target) ? uri : undefined);
    const value = from ? doc.text.slice(from.valueSpan.start, from.valueSpan.end) : fallback;
    if (value !== undefined) {
      const line = `${copied ? copied.key : names[0]} = ${value}`;
      plain.push(line);
      snippet.push(escapeSnippet(line));
    } else if (!optional) {
      const placeholder = PLACEHOLDERS[names[0]] ?? names[0].toUpperCase();
      plain.push(`${names[0]} = ${placeholder}`);
      snippet.push(`${names[0]} = \${${++stops}:${placeholder}}`);
    }
  }
  return { plain, snippet, complete: stops === 0 };
}

/** The fix adds the lines; with placeholders left it is offered with tab stops and not preferred. */
function buildFix(doc: ConfDocument, plugin: AuthPluginInfo, wanted: Wanted[], title: string, insert: (lines: string[]) => OffsetEdit): FixSpec {
  const { plain, snippet, complete } = linesFor(doc, plugin, wanted);
  const edit = insert(plain);
  if (complete) return { title, edits: [edit], preferred: true };
  const withStops: SnippetEdit = { ...edit, snippet: insert(snippet).newText };
  return { title, edits: [withStops] };
}

function anchor(doc: ConfDocument): Span {
  return (sectionsOf(doc, SOURCE)[0] ?? doc.sections[0])?.headerSpan ?? { start: 0, end: 0 };
}

export const keystoneAuthMissing: ConfRule = {
  meta: {
    id: 'keystone-auth-missing',
    severity: 'error',
    summary: 'No [keystone_auth] credentials (or not what its auth plugin needs): Magnum cannot act on Keystone.',
    appliesTo: 'magnum-conf',
  },
  *check({ doc, release, capi }) {
    const catalog = catalogFor(doc, release, capi);
    const authSection = lastEntry(doc, GROUP, 'auth_section')?.value.trim();
    const group = authSection ? normalizeGroup(authSection) : GROUP;
    const pluginName = catalog.pluginOf(group);
    const plugin = pluginName ? authPlugin(pluginName) : undefined;
    if (!plugin?.requires) return;
    const legacy = isSet(doc, SOURCE, ['admin_user'], undefined) && isSet(doc, SOURCE, ['admin_password'], undefined);
    const consequence = legacy
      ? `Magnum falls back to the deprecated admin_user/admin_password of [keystone_authtoken], which ${LEGACY_REMOVAL} removes.`
      : 'Magnum then cannot authenticate its own Keystone calls (trusts, trustee users), and creating a cluster fails.';
    const severity = legacy ? 'warning' as const : undefined;
    if (sectionsOf(doc, group).length === 0) {
      if (!isMainConfig(doc)) return;
      const wanted: Wanted[] = [
        { names: ['auth_type'], fallback: pluginName },
        ...plugin.requires.map((names) => ({ names })),
        ...SCOPE.map((names) => ({ names, optional: true })),
      ];
      const fix = buildFix(doc, plugin, wanted, `Add [${group}] with the service credentials of [${SOURCE}]`, (body) => insertIntoGroup(doc, group, body));
      yield { message: `magnum.conf has no [${group}] section. ${consequence}`, at: anchor(doc), severity, fixes: [fix] };
      return;
    }
    const missing = plugin.requires.filter((names) => !isSet(doc, group, names, plugin));
    if (!missing.length) return;
    const what = missing.map((names) => names.join(' or ')).join(', ');
    const fix = buildFix(doc, plugin, missing.map((names) => ({ names })), `Add ${what} from [${SOURCE}]`, (body) => insertIntoGroup(doc, group, body));
    yield {
      message: `[${group}] lacks what its '${pluginName}' auth plugin needs: ${what}. ${consequence}`,
      at: sectionsOf(doc, group)[0].nameSpan,
      severity,
      fixes: [fix],
    };
  },
};
