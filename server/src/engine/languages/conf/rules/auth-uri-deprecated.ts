import { deleteEntry, entryLineAs, insertLinesAfter, renameKey } from '../edits';
import { entriesOf } from '../model';
import type { ConfDocument, ConfEntry } from '../tokenizer';
import { checkValue } from '../values';
import { CONF_PITFALLS, confOption, optionInRelease } from '../../../knowledge/conf-options';
import type { Finding, FixSpec } from '../../../core/rule';
import type { ConfRule } from '../context';

const GROUP = 'keystone_authtoken';
const OLD = 'auth_uri';
const NEW = 'www_authenticate_uri';
const INFO = confOption(GROUP, OLD)!;

/** The entry's value under another key, on a line after it. */
function copyAs(doc: ConfDocument, entry: ConfEntry, key: string) {
  return insertLinesAfter(entry, [entryLineAs(doc, entry, key)], doc.index.eol, doc.text.length);
}

/** Copying a value that is no URL would only repeat its invalid-value error on a second line. */
function copyable(entry: ConfEntry): boolean {
  return checkValue(confOption(GROUP, NEW)!, entry.value) === undefined;
}

function fixesFor(doc: ConfDocument, entry: ConfEntry, hasNew: boolean, needsBoth: boolean): FixSpec[] {
  if (hasNew) return [{ title: `Remove the deprecated ${OLD} line (${NEW} is already set)`, edits: [deleteEntry(entry)], preferred: true }];
  const rename: FixSpec = { title: `Rename ${OLD} to ${NEW}`, edits: [renameKey(entry, NEW)] };
  if (!needsBoth || !copyable(entry)) return [{ ...rename, preferred: true }];
  return [
    { title: `Add ${NEW} with the same value and keep ${OLD} (rocky before 7.1.0 needs both)`, edits: [copyAs(doc, entry, NEW)], preferred: true },
    rename,
  ];
}

/** Rocky's Magnum before 7.1.0 reads only auth_uri: setting only the new key crashes it. */
function onlyNewKey(doc: ConfDocument, entry: ConfEntry, release: string): Finding {
  return {
    message: `Magnum before 7.1.0 (${release}) reads only ${OLD}: with ${NEW} alone every Keystone call fails with "'NoneType' object has no attribute 'replace'". Set both keys.`,
    at: entry.keySpan,
    fixes: copyable(entry) ? [{ title: `Add ${OLD} with the same value (rocky before 7.1.0 needs both)`, edits: [copyAs(doc, entry, OLD)], preferred: true }] : [],
  };
}

export const authUriDeprecated: ConfRule = {
  meta: {
    id: 'auth-uri-deprecated',
    severity: 'warning',
    summary: '[keystone_authtoken] auth_uri is deprecated in favour of www_authenticate_uri.',
    appliesTo: 'magnum-conf',
  },
  *check({ doc, release }) {
    const olds = entriesOf(doc, GROUP, OLD);
    const news = entriesOf(doc, GROUP, NEW);
    const needsBoth = CONF_PITFALLS.authUriOnly.includes(release);
    if (needsBoth) {
      if (olds.length === 0 && news.length > 0) yield onlyNewKey(doc, news[news.length - 1], release);
      // Both keys set is exactly what such a release needs.
      if (news.length > 0) return;
    }
    const removed = !optionInRelease(INFO, release);
    const fate = removed
      ? `${release} no longer has it (${INFO.removedWith} removed it): services ignore this value.`
      : `${INFO.removedWith} (${INFO.removedIn}) removes it, and services will then ignore this value.`;
    for (const entry of olds) {
      yield {
        message: `${OLD} is deprecated since ${INFO.deprecatedSince} in favour of ${NEW}; ${fate}`,
        at: entry.keySpan,
        tags: ['deprecated'],
        ...(removed ? { severity: 'error' as const } : {}),
        fixes: fixesFor(doc, entry, news.length > 0, needsBoth),
      };
    }
  },
};
