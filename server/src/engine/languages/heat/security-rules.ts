/** The rules a template gives a security group (inline or as separate SecurityGroupRule resources), and what they allow. */
import { isMap, isScalar, type YAMLMap } from 'yaml';
import type { PortRule } from '../../knowledge/ports';
import type { ResourceView } from './template';
import { asFunctionCall, asSeq, mapPair, mapValue, scalarText } from './yaml-nodes';

const COMPUTED = Symbol('computed');
/** `remote_mode: remote_group_id` without a group: the rule's own group. */
const SELF = Symbol('self');
type Field = string | undefined | typeof COMPUTED;

/** A rule field: its literal text, undefined when absent, COMPUTED when a function gives it. */
function field(rule: YAMLMap<unknown, unknown>, key: string): Field {
  const pair = mapPair(rule, key);
  if (!pair || pair.value == null) return undefined;
  return isScalar(pair.value) ? scalarText(pair.value) ?? undefined : COMPUTED;
}

/** The group a rule's remote names: a literal, `{get_resource: X}`, or COMPUTED for any other function. */
function remoteGroup(rule: YAMLMap<unknown, unknown>): Field | typeof SELF {
  for (const key of ['remote_group_id', 'remote_group']) {
    const value = mapValue(rule, key);
    if (value == null) continue;
    if (isScalar(value)) return scalarText(value);
    const call = asFunctionCall(value, (name) => name === 'get_resource');
    return call && isScalar(call.arg) ? scalarText(call.arg) : COMPUTED;
  }
  return field(rule, 'remote_mode') === 'remote_group_id' ? SELF : undefined;
}

/** The rule maps a template gives a group: its `rules` list and SecurityGroupRule resources pointing at it. */
export function presentRules(group: ResourceView, all: ResourceView[]): Array<YAMLMap<unknown, unknown>> {
  const inline = (asSeq(mapValue(group.properties, 'rules'))?.items ?? []).filter(isMap) as Array<YAMLMap<unknown, unknown>>;
  const separate = all.filter((r) => r.type === 'OS::Neutron::SecurityGroupRule' && r.properties).filter((r) => {
    const target = mapValue(r.properties, 'security_group');
    const call = asFunctionCall(target, (name) => name === 'get_resource');
    return (call ? scalarText(call.arg) : scalarText(target)) === group.name;
  }).map((r) => r.properties!);
  return [...inline, ...separate];
}

/**
 * Whether a template rule allows what the reference rule allows. A computed protocol, port or remote
 * group counts as allowing; a computed CIDR does not stand in for "from anywhere".
 */
export function covers(rule: YAMLMap<unknown, unknown>, wanted: PortRule, groupName: string): boolean {
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
  if (wanted.remote.startsWith('param:')) return true;
  const group = remoteGroup(rule);
  const prefix = field(rule, 'remote_ip_prefix');
  const fromAnywhere = group === undefined && (prefix === undefined || prefix === '0.0.0.0/0' || prefix === '::/0');
  if (wanted.remote === 'any') return fromAnywhere;
  const source = wanted.remote.slice('group:'.length);
  return fromAnywhere || group === COMPUTED || group === source || (group === SELF && source === groupName);
}
