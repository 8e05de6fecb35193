import { entriesOf, valueStart } from '../model';
import { bareHost, isIPv4, isIPv6, parseUrl } from '../url';
import { hasSubstitution } from '../values';
import { CONF_PITFALLS } from '../../../knowledge/conf-options';
import type { ConfRule } from '../context';

function singleLabel(host: string): boolean {
  return host !== '' && host.toLowerCase() !== 'localhost' && !host.includes('.') && !isIPv4(host) && !isIPv6(host);
}

export const endpointHostUnresolvable: ConfRule = {
  meta: {
    id: 'endpoint-host-unresolvable',
    severity: 'warning',
    summary: 'A URL that cluster VMs must reach names a single-label host they cannot resolve.',
    appliesTo: 'magnum-conf',
  },
  *check({ doc }) {
    for (const id of CONF_PITFALLS.clusterReachableUrls) {
      const [group, key] = id.split('.');
      for (const entry of entriesOf(doc, group, key)) {
        const start = valueStart(entry);
        if (start === undefined || hasSubstitution(entry.value)) continue;
        for (const { host, hostSpan } of parseUrl(entry.value)?.hosts ?? []) {
          const name = bareHost(host);
          if (!singleLabel(name)) continue;
          yield {
            message: `'${name}' is a single-label host name. Cluster VMs read ${key} too, and they resolve names through the DNS of their own network, which does not know '${name}' (usually only the controllers' /etc/hosts does). Use a fully qualified name or an IP address the VMs can reach.`,
            at: { start: start + hostSpan.start, end: start + hostSpan.end },
          };
        }
      }
    }
  },
};
