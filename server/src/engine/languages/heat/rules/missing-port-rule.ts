import { isMap } from 'yaml';
import { columnOf, indentUnit, nextLineStart } from '../edits';
import { appendMapEntry } from '../map-entry-edits';
import { covers, presentRules } from '../security-rules';
import { resources, type HeatDocument, type ResourceView } from '../template';
import { asSeq, mapPair, mapValue, nodeSpan } from '../yaml-nodes';
import { describePorts, portPurpose } from '../../../knowledge/port-purposes';
import { driversDefiningGroup, securityGroupsFor, type PortRule } from '../../../knowledge/ports';
import type { OffsetEdit } from '../../../core/rule';
import type { HeatRule } from '../context';

const SECURITY_GROUP = 'OS::Neutron::SecurityGroup';

/** The rules one group must have, and who says so ("swarm_fedora_atomic_v2 opens it in 2023.2"). */
interface Reference {
  resource: string;
  rules: PortRule[];
  source: string;
}

const sameRule = (a: PortRule, b: PortRule) => a.direction === b.direction && a.protocol === b.protocol && a.min === b.min && a.max === b.max && a.remote === b.remote;

/**
 * With a driver: its groups in this file. Without one: each group recognised by name in a file of this
 * name, against the rules that every driver defining it opens (e.g. the four Kubernetes drivers).
 */
function referencesFor(release: string, driver: string | undefined, fileName: string, names: string[]): Reference[] {
  if (driver) {
    const found = securityGroupsFor(release, driver);
    return (found?.groups ?? []).filter((g) => g.file === fileName)
      .map((g) => ({ resource: g.resource, rules: g.rules, source: `${driver} opens it in ${found!.release}` }));
  }
  return names.flatMap((name) => {
    const perDriver = driversDefiningGroup(name, fileName).flatMap((d) => {
      const found = securityGroupsFor(release, d);
      const group = found?.groups.find((g) => g.resource === name && g.file === fileName);
      return group ? [{ driver: d, release: found!.release, rules: group.rules }] : [];
    });
    if (!perDriver.length) return [];
    const common = perDriver[0].rules.filter((r) => perDriver.every((p) => p.rules.some((x) => sameRule(x, r))));
    const source = perDriver.length === 1
      ? `${perDriver[0].driver} opens it in ${perDriver[0].release}`
      : `every driver with this group opens it (${perDriver.map((p) => p.driver).join(', ')})`;
    return [{ resource: name, rules: common, source }];
  });
}

function ruleFields(wanted: PortRule, group: string): Array<[string, string]> {
  const fields: Array<[string, string]> = [['protocol', wanted.protocol]];
  if (wanted.protocol !== 'icmp' && !(wanted.min === 1 && wanted.max === 65535)) {
    fields.push(['port_range_min', String(wanted.min)], ['port_range_max', String(wanted.max)]);
  }
  if (wanted.remote.startsWith('param:')) fields.push(['remote_ip_prefix', `{get_param: ${wanted.remote.slice(6)}}`]);
  if (wanted.remote.startsWith('group:')) {
    fields.push(['remote_mode', 'remote_group_id']);
    const source = wanted.remote.slice(6);
    if (source !== group) fields.push(['remote_group_id', `{get_resource: ${source}}`]);
  }
  if (wanted.direction === 'egress') fields.push(['direction', 'egress']);
  return fields;
}

const flowItem = (fields: Array<[string, string]>) => `{${fields.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;

/** Adds the rule after the last one in the same style, or creates the `rules` list when there is none. */
function insertRule(doc: HeatDocument, resource: ResourceView, wanted: PortRule): OffsetEdit | undefined {
  const fields = ruleFields(wanted, resource.name);
  const rulesPair = mapPair(resource.properties, 'rules');
  const rules = asSeq(rulesPair?.value);
  const last = rules?.items[rules.items.length - 1];
  const lastSpan = nodeSpan(last);
  const block = fields.map(([k, v], i) => `${i === 0 ? '- ' : '  '}${k}: ${v}`);
  if (!rulesPair) {
    return resource.properties ? appendMapEntry(doc, resource.properties, 'rules:', block) : resource.body && appendMapEntry(doc, resource.body, 'properties:', ['rules:', ...block.map((l) => ' '.repeat(indentUnit(doc)) + l)]);
  }
  if (rules?.flow && rules.items.length === 0) {
    const span = nodeSpan(rules)!;
    return { start: span.start, end: span.end, newText: `[${flowItem(fields)}]` };
  }
  if (!rules || !lastSpan) return undefined;
  if (rules.flow) return { start: lastSpan.end, end: lastSpan.end, newText: `, ${flowItem(fields)}` };
  const dashColumn = doc.text.lastIndexOf('-', lastSpan.start) - doc.index.lineStart(doc.index.positionAt(lastSpan.start).line);
  const keyColumn = columnOf(doc, lastSpan.start);
  const eol = doc.index.eol;
  const dash = `${' '.repeat(dashColumn)}-${' '.repeat(Math.max(1, keyColumn - dashColumn - 1))}`;
  const lines = isMap(last) && !last.flow
    ? fields.map(([k, v], i) => `${i === 0 ? dash : ' '.repeat(keyColumn)}${k}: ${v}`)
    : [`${dash}${flowItem(fields)}`];
  const at = nextLineStart(doc, Math.max(lastSpan.end - 1, lastSpan.start));
  const needsBreak = at === doc.text.length && !/[\r\n]$/.test(doc.text);
  return { start: at, end: at, newText: (needsBreak ? eol : '') + lines.join(eol) + eol };
}

function remoteWords(wanted: PortRule): string {
  if (wanted.remote.startsWith('param:')) return ` from ${wanted.remote.slice(6)}`;
  if (wanted.remote.startsWith('group:')) return ` from members of '${wanted.remote.slice(6)}'`;
  return '';
}

export const missingPortRule: HeatRule = {
  meta: {
    id: 'missing-port-rule',
    severity: 'error',
    summary: "A cluster security group does not open a port the driver's nodes need.",
    appliesTo: 'heat-template',
  },
  *check({ doc, release, driver, fileName }) {
    const all = resources(doc);
    const byName = new Map(all.filter((r) => r.type === SECURITY_GROUP).map((g) => [g.name, g]));
    for (const ref of referencesFor(release, driver, fileName, [...byName.keys()])) {
      const resource = byName.get(ref.resource);
      if (!resource) continue;
      const rulesValue = mapValue(resource.properties, 'rules');
      if (rulesValue != null && !asSeq(rulesValue)) continue; // computed rules: cannot judge
      const present = presentRules(resource, all);
      const hasRulesKey = mapPair(resource.properties, 'rules') !== undefined;
      for (const wanted of ref.rules) {
        if (wanted.remote === 'other' || present.some((rule) => covers(rule, wanted, resource.name))) continue;
        const ports = describePorts(wanted.protocol, wanted.min, wanted.max);
        const purpose = portPurpose(wanted.protocol, wanted.min, wanted.max);
        const edit = insertRule(doc, resource, wanted);
        yield {
          message: `Security group '${resource.name}' does not allow ${ports}${remoteWords(wanted)}${purpose ? ` (${purpose})` : ''}; ${ref.source}.`,
          at: { path: hasRulesKey ? ['resources', resource.name, 'properties', 'rules'] : ['resources', resource.name], part: 'key' },
          fixes: edit ? [{ title: `Add an ${wanted.direction} rule for ${ports}${remoteWords(wanted)}`, edits: [edit], preferred: true }] : [],
        };
      }
    }
  },
};
