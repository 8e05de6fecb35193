// Security-group rules each Magnum driver's templates open, per release -> schemas/ports.json
import { readFacts, RELEASES } from './common.mjs';

function portRule(r) {
  const protocol = r.protocol ?? 'any';
  const all = r.ports === 'all' || r.port_range_min === undefined;
  const remote = typeof r.remote === 'string' ? 'any' : r.remote?.cidr?.param ? `param:${r.remote.cidr.param}` : 'other';
  return { direction: r.direction?.startsWith('egress') ? 'egress' : 'ingress', protocol,
    min: all ? 1 : r.port_range_min, max: all ? 65535 : r.port_range_max, remote };
}

export function ports() {
  const facts = readFacts('magnum/ports.json');
  const out = {};
  for (const [release, rel] of Object.entries(facts.releases)) {
    if (!RELEASES.includes(release)) continue;
    out[release] = {};
    for (const [driver, d] of Object.entries(rel.drivers)) {
      out[release][driver] = d.security_groups.map((g) => ({
        file: g.file, resource: g.resource, rules: g.rules.map(portRule),
      }));
    }
  }
  return out;
}

