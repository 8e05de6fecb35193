import { isMap, isScalar, type YAMLMap } from 'yaml';
import { columnOf, nextLineStart } from '../heat/edits';
import { resources, type HeatDocument, type ResourceView } from '../heat/template';
import { asSeq, mapPair, mapValue, nodeSpan, scalarText } from '../heat/yaml-nodes';
import { describePorts, portPurpose } from '../knowledge/port-purposes';
import { driversDefiningGroup, securityGroupsFor, type PortRule, type SecurityGroupFacts } from '../knowledge/ports';
import type { HeatRule, OffsetEdit } from '../rule';

const SECURITY_GROUP = 'OS::Neutron::SecurityGroup';

const COMPUTED = Symbol('computed');
type Field = string | undefined | typeof COMPUTED;

/** A rule field: its literal text, undefined when absent, COMPUTED when a function gives it. */
function field(rule: YAMLMap<unknown, unknown>, key: string): Field {
  const pair = mapPair(rule, key);
  if (!pair || pair.value == null) return undefined;
  return isScalar(pair.value) ? scalarText(pair.value) ?? undefined : COMPUTED;
}

/**
 * Whether a template rule allows what the reference rule allows. A computed protocol or port counts
 * as allowing; a computed remote does not stand in for "from anywhere" (it is a narrower CIDR or group).
 */
function covers(rule: YAMLMap<unknown, unknown>, wanted: PortRule): boolean {
  const direction = field(rule, 'direction') ?? 'ingress';
  if (direction !== COMPUTED && direction !== wanted.direction) return false;
  const protocol = field(rule, 'protocol');
  if (typeof protocol === 'string' && protocol !== wanted.protocol) return false;
  if (wanted.protocol !== 'icmp') {
    const min = field(rule, 'port_range_min');
    const max = field(rule, 'port_range_max');
    if (typeof min === 'string' && Number(min) > wanted.min) return false;
    if (typeof max === 'string' && Number(max) < wanted.max) return false;
  }
  if (wanted.remote !== 'any') return true;
  if (field(rule, 'remote_group_id') !== undefined || field(rule, 'remote_group') !== undefined) return false;
  const prefix = field(rule, 'remote_ip_prefix');
  return prefix === undefined || prefix === '0.0.0.0/0' || prefix === '::/0';
}

function ruleText(wanted: PortRule): Array<[string, string]> {
  const fields: Array<[string, string]> = [['protocol', wanted.protocol]];
  if (wanted.protocol !== 'icmp' && !(wanted.min === 1 && wanted.max === 65535)) {
    fields.push(['port_range_min', String(wanted.min)], ['port_range_max', String(wanted.max)]);
  }
  if (wanted.remote.startsWith('param:')) fields.push(['remote_ip_prefix', `{get_param: ${wanted.remote.slice(6)}}`]);
  if (wanted.direction === 'egress') fields.push(['direction', 'egress']);
  return fields;
}

/** Adds the rule after the last one, in the same style (flow or block) and indentation. */
function insertRule(doc: HeatDocument, resource: ResourceView, wanted: PortRule): OffsetEdit | undefined {
  const rules = asSeq(mapValue(resource.properties, 'rules'));
  const last = rules?.items[rules.items.length - 1];
  const lastSpan = nodeSpan(last);
  if (!rules || !lastSpan) return undefined;
  const fields = ruleText(wanted);
  const flowItem = `{${fields.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
  if (rules.flow) return { start: lastSpan.end, end: lastSpan.end, newText: `, ${flowItem}` };
  const dashColumn = doc.text.lastIndexOf('-', lastSpan.start) - doc.index.lineStart(doc.index.positionAt(lastSpan.start).line);
  const keyColumn = columnOf(doc, lastSpan.start);
  const eol = doc.index.eol;
  const dash = `${' '.repeat(dashColumn)}-${' '.repeat(Math.max(1, keyColumn - dashColumn - 1))}`;
  const lines = isMap(last) && !last.flow
    ? fields.map(([k, v], i) => `${i === 0 ? dash : ' '.repeat(keyColumn)}${k}: ${v}`)
    : [`${dash}${flowItem}`];
  const at = nextLineStart(doc, Math.max(lastSpan.end - 1, lastSpan.start));
  const needsBreak = at === doc.text.length && !/[\r\n]$/.test(doc.text);
  return { start: at, end: at, newText: (needsBreak ? eol : '') + lines.join(eol) + eol };
}

/** The reference groups for this file: from the driver in force, or recognised by a driver-unique name. */
function referenceGroups(release: string, driver: string | undefined, fileName: string, names: string[]): Array<{ facts: SecurityGroupFacts; driver: string; release: string }> {
  const out: Array<{ facts: SecurityGroupFacts; driver: string; release: string }> = [];
  const add = (d: string, onlyResource?: string) => {
    const found = securityGroupsFor(release, d);
    for (const facts of found?.groups ?? []) {
      if (facts.file === fileName && (!onlyResource || facts.resource === onlyResource)) out.push({ facts, driver: d, release: found!.release });
    }
  };
  if (driver) add(driver);
  else {
    for (const name of names) {
      const drivers = driversDefiningGroup(name, fileName);
      if (drivers.length === 1) add(drivers[0], name);
    }
  }
  return out;
}

export const missingPortRule: HeatRule = {
  meta: {
    id: 'missing-port-rule',
    severity: 'error',
    summary: "A cluster security group does not open a port the driver's nodes need.",
    appliesTo: 'heat-template',
  },
  *check({ doc, release, driver, fileName }) {
    const groups = resources(doc).filter((r) => r.type === SECURITY_GROUP);
    const byName = new Map(groups.map((g) => [g.name, g]));
    for (const ref of referenceGroups(release, driver, fileName, [...byName.keys()])) {
      const resource = byName.get(ref.facts.resource);
      if (!resource) continue;
      const rulesValue = mapValue(resource.properties, 'rules');
      if (rulesValue !== undefined && !asSeq(rulesValue)) continue; // computed rules: cannot judge
      const present = (asSeq(rulesValue)?.items ?? []).filter(isMap) as Array<YAMLMap<unknown, unknown>>;
      const hasRulesKey = mapPair(resource.properties, 'rules') !== undefined;
      for (const wanted of ref.facts.rules) {
        if (wanted.remote === 'other' || present.some((rule) => covers(rule, wanted))) continue;
        const ports = describePorts(wanted.protocol, wanted.min, wanted.max);
        const purpose = portPurpose(wanted.protocol, wanted.min, wanted.max);
        const edit = insertRule(doc, resource, wanted);
        yield {
          message: `Security group '${resource.name}' does not allow ${ports}${wanted.remote === 'any' ? '' : ` from ${wanted.remote.slice(6)}`}`
            + `${purpose ? ` (${purpose})` : ''}; ${ref.driver} opens it in ${ref.release}.`,
          at: { path: hasRulesKey ? ['resources', resource.name, 'properties', 'rules'] : ['resources', resource.name], part: 'key' },
          fixes: edit ? [{ title: `Add an ingress rule for ${ports}`, edits: [edit], preferred: true }] : [],
        };
      }
    }
  },
};
