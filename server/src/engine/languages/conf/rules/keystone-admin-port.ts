import { groupedEntries, valueStart } from '../model';
import { parseUrl } from '../url';
import { CONF_PITFALLS } from '../../../knowledge/conf-options';
import type { ConfRule } from '../context';

const ADMIN = String(CONF_PITFALLS.keystoneAdminPort);
const PUBLIC = String(CONF_PITFALLS.keystonePublicPort);

export const keystoneAdminPort: ConfRule = {
  meta: {
    id: 'keystone-admin-port',
    severity: 'warning',
    summary: `A URL on Keystone's old admin port ${ADMIN}, which Keystone no longer serves.`,
    appliesTo: 'magnum-conf',
  },
  *check({ doc }) {
    for (const { entry } of groupedEntries(doc)) {
      const start = valueStart(entry);
      const url = start === undefined ? undefined : parseUrl(entry.value);
      if (!url || !/^https?$/i.test(url.scheme)) continue;
      for (const host of url.hosts) {
        if (host.port !== ADMIN || !host.portSpan) continue;
        const at = { start: start! + host.portSpan.start, end: start! + host.portSpan.end };
        yield {
          message: `${entry.key} points at port ${ADMIN}, Keystone's admin endpoint. Keystone's v3 API serves everything on ${PUBLIC} and installations no longer open ${ADMIN}: requests to this URL fail.`,
          at,
          fixes: [{ title: `Use port ${PUBLIC}`, edits: [{ ...at, newText: PUBLIC }], preferred: true }],
        };
      }
    }
  },
};
