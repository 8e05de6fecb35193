/** The module parameters of a Magnum Ansible task as the cluster-template model. */
import { isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import type { ClusterTemplateSpec, LabelEntry, SpecValue } from '../../cluster-template/model';
import type { HeatDocument } from '../heat/template';
import { asMap, keyText, mapEntries, mapValue, nodeSpan, pairSpan, scalarText } from '../heat/yaml-nodes';
import { yamlLabelsRegion } from '../yaml/label-syntax';
import { quoteStyle, scalarInnerSpan } from '../yaml/scalars';
import { LIST_LABELS } from '../../cluster-template/completion';
import type { ModuleTask } from './tasks';
import { paramOf, yamlSpecEdits } from './yaml-edits';

/**
 * The parameters of openstack.cloud.coe_cluster_template / coe_cluster that are Magnum fields,
 * with the field each sets (the modules' `is_` booleans and the cluster's `keypair` renamed).
 */
export const FIELD_OF_PARAM: Readonly<Record<string, string>> = {
  coe: 'coe', image_id: 'image_id', keypair_id: 'keypair_id', keypair: 'keypair_id', flavor_id: 'flavor_id',
  master_flavor_id: 'master_flavor_id', docker_volume_size: 'docker_volume_size', docker_storage_driver: 'docker_storage_driver',
  network_driver: 'network_driver', volume_driver: 'volume_driver', external_network_id: 'external_network_id',
  fixed_network: 'fixed_network', fixed_subnet: 'fixed_subnet', dns_nameserver: 'dns_nameserver', http_proxy: 'http_proxy',
  https_proxy: 'https_proxy', no_proxy: 'no_proxy', server_type: 'server_type', insecure_registry: 'insecure_registry',
  name: 'name', cluster_template_id: 'cluster_template_id', discovery_url: 'discovery_url', master_count: 'master_count',
  node_count: 'node_count', is_floating_ip_enabled: 'floating_ip_enabled', floating_ip_enabled: 'floating_ip_enabled',
  is_master_lb_enabled: 'master_lb_enabled', master_lb_enabled: 'master_lb_enabled', is_public: 'public', public: 'public',
  is_registry_enabled: 'registry_enabled', registry_enabled: 'registry_enabled', is_tls_disabled: 'tls_disabled', tls_disabled: 'tls_disabled',
};

const JINJA = /\{\{|\{%/;

/** A scalar's value as Ansible passes it; undefined when computed (Jinja, a block scalar, a collection, an alias). */
function staticValue(node: unknown): string | number | boolean | null | undefined {
  if (!isScalar(node) || quoteStyle(node) === 'block') return undefined;
  const v = node.value;
  if (v === null) return null;
  if (typeof v === 'string') return JINJA.test(v) ? undefined : v;
  return typeof v === 'number' || typeof v === 'boolean' ? v : undefined;
}

function valueOf(doc: HeatDocument, pair: Pair<unknown, unknown>, name: string): SpecValue | undefined {
  const nameSpan = nodeSpan(pair.key);
  if (!nameSpan) return undefined;
  const value = staticValue(pair.value);
  if (value === null) return undefined;
  const span = scalarInnerSpan(pair.value) ?? nodeSpan(pair.value) ?? { start: nameSpan.end, end: nameSpan.end };
  return { value, raw: doc.text.slice(span.start, span.end), span, nameSpan, spelledAs: name };
}

interface Labels {
  entries: LabelEntry[];
  known: boolean;
  map: YAMLMap<unknown, unknown> | undefined;
}

/** `labels: "a=b,c=d"`, the string form the modules also take, each label with its place in the string. */
function labelsFromString(doc: HeatDocument, node: unknown): Labels {
  const span = scalarInnerSpan(node);
  const style = quoteStyle(node);
  const raw = span && doc.text.slice(span.start, span.end);
  // Escapes would shift offsets; such strings are rare enough to be left unchecked.
  if (!span || raw === undefined || raw !== scalarText(node) || (style !== 'plain' && style !== 'double' && style !== 'single')) return { entries: [], known: false, map: undefined };
  const entries: LabelEntry[] = [];
  let offset = span.start;
  for (const part of raw.split(',')) {
    const eq = part.indexOf('=');
    const lead = part.length - part.trimStart().length;
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (name) {
      const nameSpan = { start: offset + lead, end: offset + lead + name.length };
      const value = eq < 0 ? '' : part.slice(eq + 1).trim();
      const valueStart = eq < 0 ? nameSpan.end : offset + eq + 1 + (part.slice(eq + 1).length - part.slice(eq + 1).trimStart().length);
      entries.push({ name, value, raw: value, span: { start: valueStart, end: valueStart + value.length }, nameSpan, spelledAs: name });
    }
    offset += part.length + 1;
  }
  return { entries, known: true, map: undefined };
}

function readLabels(doc: HeatDocument, node: unknown): Labels {
  if (isScalar(node)) return typeof staticValue(node) === 'string' ? labelsFromString(doc, node) : { entries: [], known: false, map: undefined };
  const map = isMap(node) ? node : undefined;
  if (!map) return { entries: [], known: false, map: undefined };
  const entries: LabelEntry[] = [];
  let known = true;
  for (const pair of map.items) {
    const name = keyText(pair);
    const nameSpan = scalarInnerSpan(pair.key);
    if (name === undefined || !nameSpan || JINJA.test(name)) {
      known = false;
      continue;
    }
    const value = valueOf(doc, pair, name);
    const fallback = pairSpan(pair) ?? nameSpan;
    entries.push({ ...(value ?? { raw: '', span: { start: fallback.end, end: fallback.end }, nameSpan, spelledAs: name }), name, value: value?.value === undefined ? undefined : String(value.value) });
  }
  return { entries, known, map };
}

/** The spec of one task, or undefined for a task that deletes (`state: absent`) or has no parameter map. */
export function taskSpec(doc: HeatDocument, call: ModuleTask): ClusterTemplateSpec | undefined {
  const params = asMap(call.modulePair.value) ?? asMap(mapValue(call.task, 'args'));
  if (!params || scalarText(mapValue(params, 'state')) === 'absent') return undefined;
  const fields = new Map<string, SpecValue>();
  let labels: Labels = { entries: [], known: true, map: undefined };
  let labelsPair: Pair<unknown, unknown> | undefined;
  for (const [name, pair] of mapEntries(params)) {
    if (name === 'labels') {
      labelsPair = pair;
      labels = readLabels(doc, pair.value);
      continue;
    }
    const field = FIELD_OF_PARAM[name];
    const value = field && valueOf(doc, pair, name);
    if (value) fields.set(field, value);
  }
  const anchor = nodeSpan(call.modulePair.key)!;
  return {
    kind: call.kind,
    span: nodeSpan(call.task) ?? anchor,
    anchor,
    source: call.module,
    fields,
    labels: labels.entries,
    labelsKnown: labels.known,
    edits: yamlSpecEdits(doc, { params, labelsPair, labelsMap: labels.map, kind: call.kind }),
    fieldName: (field) => paramOf(call.kind, field),
    labelsRegion: labelsPair && yamlLabelsRegion(doc.text, labelsPair, LIST_LABELS),
  };
}
