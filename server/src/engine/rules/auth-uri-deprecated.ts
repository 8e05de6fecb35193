import { entriesOf } from '../conf/model';
import { deleteEntry, insertLinesAfter, renameKey } from '../conf/edits';
import type { ConfRule, FixSpec } from '../rule';

const GROUP = 'keystone_authtoken';

/** Magnum releases before 7.1.0 (rocky) read auth_uri directly and crash when only the new key is set. */
const RELEASES_NEEDING_BOTH = new Set(['rocky']);

export const authUriDeprecated: ConfRule = {
  meta: {
    id: 'auth-uri-deprecated',
    severity: 'warning',
    summary: '[keystone_authtoken] auth_uri is deprecated in favour of www_authenticate_uri.',
    appliesTo: 'magnum-conf',
  },
  *check({ doc, release }) {
    const hasNewKey = entriesOf(doc, GROUP, 'www_authenticate_uri').length > 0;
    // Both keys set is exactly what rocky needs (Magnum before 7.1.0 reads auth_uri only).
    if (hasNewKey && RELEASES_NEEDING_BOTH.has(release)) return;
    for (const entry of entriesOf(doc, GROUP, 'auth_uri')) {
      const fixes: FixSpec[] = [];
      if (hasNewKey) {
        fixes.push({ title: 'Remove the deprecated auth_uri line (www_authenticate_uri is already set)', edits: [deleteEntry(entry)], preferred: true });
      } else {
        const rename: FixSpec = { title: 'Rename auth_uri to www_authenticate_uri', edits: [renameKey(entry, 'www_authenticate_uri')] };
        if (RELEASES_NEEDING_BOTH.has(release)) {
          const copy = `www_authenticate_uri ${entry.separator} ${doc.text.slice(entry.valueSpan.start, entry.valueSpan.end)}`;
          fixes.push({ title: 'Add www_authenticate_uri with the same value and keep auth_uri (rocky before 7.1.0 needs both)', edits: [insertLinesAfter(entry, [copy], doc.index.eol, doc.text.length)], preferred: true });
          fixes.push(rename);
        } else {
          fixes.push({ ...rename, preferred: true });
        }
      }
      yield {
        message: 'auth_uri is deprecated since Queens in favour of www_authenticate_uri, and keystonemiddleware 13.0.0 removes it: services will no longer read this value.',
        at: entry.keySpan,
        tags: ['deprecated'],
        fixes,
      };
    }
  },
};
