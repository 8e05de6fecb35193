import { catalogFor, type ConfCatalog, type Lookup } from '../catalog';
import { deleteEntry, insertIntoGroup, renameKey } from '../edits';
import { groupedEntries, normalizeKey } from '../model';
import type { ConfDocument, ConfEntry } from '../tokenizer';
import { confGroup, releaseWithin } from '../../../knowledge/conf-options';
import { compareReleases } from '../../../knowledge/releases';
import type { Finding } from '../../../core/rule';
import type { ConfRule } from '../context';
import { didYouMean } from '../../../core/util/did-you-mean';

/** Library groups known from the Zed catalogue only: newer releases may have options we do not know. */
function beyondCatalogue(group: string, release: string): boolean {
  const approximate = confGroup(group)?.approximate;
  return approximate !== undefined && !releaseWithin(release, 'rocky', approximate);
}

function unknownKey(catalog: ConfCatalog, group: string, entry: ConfEntry): Finding {
  const meant = didYouMean(normalizeKey(entry.key), catalog.optionNames(group).map((o) => o.name));
  const newer = beyondCatalogue(group, catalog.release);
  const capi = catalog.capiSection(group);
  const note = newer ? ` (magnum-heat knows this library group from the ${confGroup(group)!.approximate} catalogue; a newer library may have added it)`
    : capi?.kind === 'known' ? ` (checked against ${capi.pkg} ${capi.version})` : '';
  return {
    message: `Unknown option '${entry.key}' in [${entry.section!.name}]${note}: oslo.config ignores it, so it has no effect.${meant ? ` Did you mean '${meant}'?` : ''}`,
    at: entry.keySpan,
    ...(newer ? { severity: 'information' as const } : {}),
    fixes: meant ? [{ title: `Change to '${meant}'`, edits: [renameKey(entry, meant)], preferred: true }] : [],
  };
}

function pluginFinding(doc: ConfDocument, group: string, entry: ConfEntry, found: Extract<Lookup, { kind: 'plugin-option' }>): Finding {
  const owner = found.owners.includes('password') ? 'password' : found.owners[0];
  if (found.selected === undefined) {
    return {
      message: `'${entry.key}' belongs to keystoneauth's ${owner} plugin, but [${entry.section!.name}] sets no auth_type, so no plugin reads it.`,
      at: entry.keySpan,
      fixes: [{ title: `Add auth_type = ${owner} to [${group}]`, edits: [insertIntoGroup(doc, group, [`auth_type = ${owner}`])], preferred: true }],
    };
  }
  return {
    message: `'${entry.key}' is not an option of the '${found.selected}' auth plugin that auth_type selects (it belongs to ${found.owners.join(', ')}); it is ignored.`,
    at: entry.keySpan,
  };
}

function driverVersionFinding(entry: ConfEntry, found: Extract<Lookup, { kind: 'driver-version' }>): Finding {
  const where = `${found.pkg} ${found.version}`;
  return found.newer
    ? { message: `'${entry.key}' is an option of ${found.pkg} ${found.range}; ${where} ignores it.`, at: entry.keySpan }
    : {
      message: `'${entry.key}' was an option of ${found.pkg} ${found.range} only; ${where} ignores it.`,
      at: entry.keySpan,
      tags: ['unnecessary'],
      fixes: [{ title: `Remove the ${entry.key} line`, edits: [deleteEntry(entry)], preferred: true }],
    };
}

export const unknownOption: ConfRule = {
  meta: {
    id: 'unknown-option',
    severity: 'warning',
    summary: 'An option its group does not have (in the selected release): it is silently ignored.',
    appliesTo: 'magnum-conf',
  },
  *check({ doc, release, capi }) {
    const catalog = catalogFor(doc, release, capi);
    for (const { group, entry } of groupedEntries(doc)) {
      const kind = catalog.sectionKind(group);
      if (kind !== 'known' && kind !== 'auth-section') continue;
      const found = catalog.lookup(group, entry.key);
      if (found.kind === 'unknown') yield unknownKey(catalog, group, entry);
      else if (found.kind === 'plugin-option') yield pluginFinding(doc, group, entry, found);
      else if (found.kind === 'driver-version') yield driverVersionFinding(entry, found);
      else if (found.kind === 'option' && found.info.driver?.unread) {
        yield {
          message: `${found.info.driver.package} ${found.info.driver.version} registers '${entry.key}' but never reads it: setting it changes nothing.`,
          at: entry.keySpan,
          severity: 'information',
          tags: ['unnecessary'],
        };
      }
      else if (found.kind === 'other-release' && compareReleases(found.info.since, release) > 0) {
        yield {
          message: `'${entry.key}' only exists from ${found.info.since} on; ${release} ignores it.`,
          at: entry.keySpan,
        };
      }
    }
  },
};
