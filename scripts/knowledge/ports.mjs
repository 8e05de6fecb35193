// Security-group rules each Magnum driver's templates open, per release (drivers.mjs puts them in schemas/drivers/*.json).
import { readFacts, RELEASES } from './common.mjs';

/** 'any' (no remote), 'param:<name>' (a CIDR parameter) or 'group:<resource>' (members of a security group). */
function remoteOf(remote, group) {
  if (typeof remote === 'string') return 'any';
  if (remote?.cidr?.param) return `param:${remote.cidr.param}`;
  const source = remote?.security_group;
  if (typeof source === 'string') return `group:${/\(itself/.test(source) ? group : source.split(/\s/)[0]}`;
  return 'other';
}

function portRule(r, group) {
  const protocol = r.protocol ?? 'any';
  const all = r.ports === 'all' || r.port_range_min === undefined;
  return { direction: r.direction?.startsWith('egress') ? 'egress' : 'ingress', protocol,
    min: all ? 1 : r.port_range_min, max: all ? 65535 : r.port_range_max, remote: remoteOf(r.remote, group) };
}

export function ports() {
  const facts = readFacts('magnum/ports.json');
  const out = {};
  for (const [release, rel] of Object.entries(facts.releases)) {
    if (!RELEASES.includes(release)) continue;
    out[release] = {};
    for (const [driver, d] of Object.entries(rel.drivers)) {
      out[release][driver] = d.security_groups.map((g) => ({
        file: g.file,
        resource: g.resource,
        // Rules added by separate OS::Neutron::SecurityGroupRule resources belong to the group too.
        rules: [...g.rules, ...d.standalone_rules.filter((s) => s.security_group === g.resource && s.file === g.file).map((s) => s.rule)]
          .map((r) => portRule(r, g.resource)),
      }));
    }
  }
  return out;
}
