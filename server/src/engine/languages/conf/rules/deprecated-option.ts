import { catalogFor, hasOwnRule, type Lookup } from '../catalog';
import { deleteEntry, moveEntry, renameKey } from '../edits';
import { entriesOf, groupedEntries } from '../model';
import type { ConfDocument, ConfEntry } from '../tokenizer';
import { optionInRelease, type AliasTarget } from '../../../knowledge/conf-options';
import { compareReleases } from '../../../knowledge/releases';
import type { Finding, FixSpec } from '../../../core/rule';
import type { ConfRule } from '../context';

function removeFix(entry: ConfEntry, preferred = true): FixSpec {
  return { title: `Remove the ${entry.key} line`, edits: [deleteEntry(entry)], ...(preferred ? { preferred } : {}) };
}

function replacementFix(doc: ConfDocument, group: string, entry: ConfEntry, target: AliasTarget): FixSpec {
  const where = `[${target.group}] ${target.name}`;
  if (entriesOf(doc, target.group, target.name).length > 0) {
    return { title: `Remove this line (${where} is already set)`, edits: [deleteEntry(entry)], preferred: true };
  }
  if (target.group === group) return { title: `Rename to ${target.name}`, edits: [renameKey(entry, target.name)], preferred: true };
  return { title: `Move to ${where}`, edits: moveEntry(doc, entry, target.group, target.name), preferred: true };
}

function aliasFinding(doc: ConfDocument, group: string, entry: ConfEntry, target: AliasTarget, release: string, gone: boolean): Finding {
  const old = `[${entry.section!.name}] ${entry.key}`;
  const now = `[${target.group}] ${target.name}`;
  if (!optionInRelease(target.info, release)) {
    return {
      message: `${old} is an old name of ${now}, which ${release} no longer has (removed in ${target.info.removedIn}): this setting is ignored.`,
      at: entry.keySpan,
      tags: ['unnecessary'],
      fixes: [removeFix(entry)],
    };
  }
  return gone
    ? {
      message: `${old} was renamed to ${now}, and ${release} no longer reads the old name: this setting is ignored.`,
      at: entry.keySpan,
      fixes: [replacementFix(doc, group, entry, target)],
    }
    : {
      message: `${old} is a deprecated name of ${now}; it still works in ${target.info.driver ? `${target.info.driver.package} ${target.info.driver.version}` : release} but logs a deprecation warning and will stop working.`,
      at: entry.keySpan,
      tags: ['deprecated'],
      fixes: [replacementFix(doc, group, entry, target)],
    };
}

function lifecycleFinding(entry: ConfEntry, found: Lookup, release: string): Finding | undefined {
  if (found.kind === 'other-release' && compareReleases(found.info.last ?? release, release) < 0) {
    const reason = found.info.deprecatedReason ? ` (${found.info.deprecatedReason})` : '';
    return {
      message: `'${entry.key}' was removed in ${found.info.removedIn}${reason}; ${release} ignores it.`,
      at: entry.keySpan,
      tags: ['unnecessary'],
      fixes: [removeFix(entry)],
    };
  }
  if (found.kind === 'option' && found.info.deprecatedForRemoval) {
    const reason = found.info.deprecatedReason ? `: ${found.info.deprecatedReason}` : '';
    const removal = found.info.removedIn ? ` It is removed in ${found.info.removedIn}.` : '';
    return {
      message: `'${entry.key}' is deprecated for removal${reason}.${removal}`,
      at: entry.keySpan,
      tags: ['deprecated'],
      fixes: [removeFix(entry, false)],
    };
  }
  return undefined;
}

export const deprecatedOption: ConfRule = {
  meta: {
    id: 'deprecated-option',
    severity: 'warning',
    summary: 'A renamed, moved, deprecated or removed option (oslo.config ignores what the release no longer reads).',
    appliesTo: 'magnum-conf',
  },
  *check({ doc, release, capi }) {
    const catalog = catalogFor(doc, release, capi);
    for (const { group, entry } of groupedEntries(doc)) {
      if (hasOwnRule(group, entry.key)) continue;
      const found = catalog.lookup(group, entry.key);
      if (found.kind === 'alias') yield aliasFinding(doc, group, entry, found.target, release, false);
      else if (found.kind === 'gone-alias') yield aliasFinding(doc, group, entry, found.target, release, true);
      else {
        const finding = lifecycleFinding(entry, found, release);
        if (finding) yield finding;
      }
    }
  },
};
