/**
 * OS::Magnum::ClusterTemplate and OS::Magnum::Cluster resources (and group members) as
 * cluster-template specs: the model every cluster-template rule reads (cluster-template/model.ts).
 */
import { isScalar, Scalar, type Pair, type YAMLMap } from 'yaml';
import type { OffsetEdit } from '../../core/rule';
import type { Span } from '../../core/text';
import type { ClusterTemplateSpec, LabelEntry, SpecEdits, SpecKind, SpecValue } from '../../cluster-template/model';
import { yamlLabelsRegion } from '../yaml/label-syntax';
import { appendMapEntry } from './map-entry-edits';
import { resourceDefinitions } from './nested';
import { staticValue } from './static-value';
import { section, type HeatDocument } from './template';
import { asMap, mapEntries, mapPair, mapValue, nodeSpan, scalarText } from './yaml-nodes';

const KINDS: Record<string, SpecKind> = { 'OS::Magnum::ClusterTemplate': 'cluster-template', 'OS::Magnum::Cluster': 'cluster' };

/** Heat property -> Magnum API field, where they differ. */
const FIELD_OF: Record<string, string> = {
  image: 'image_id', flavor: 'flavor_id', master_flavor: 'master_flavor_id', keypair: 'keypair_id',
  external_network: 'external_network_id', cluster_template: 'cluster_template_id',
};
const PROPERTY_OF = Object.fromEntries(Object.entries(FIELD_OF).map(([p, f]) => [f, p]));
const propertyOf = (field: string) => PROPERTY_OF[field] ?? field;

/** A scalar's span without its quotes; other nodes whole. */
function innerSpan(node: unknown): Span | undefined {
  const span = nodeSpan(node);
  if (!span || !isScalar(node) || (node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE)) return span;
  return { start: span.start + 1, end: Math.max(span.start + 1, span.end - 1) };
}

function specValue(doc: HeatDocument, pair: Pair<unknown, unknown>, name: string): SpecValue | undefined {
  const nameSpan = nodeSpan(pair.key);
  const span = innerSpan(pair.value) ?? nameSpan;
  if (!nameSpan || !span) return undefined;
  const known = staticValue(doc, pair.value);
  return {
    value: known?.value,
    raw: doc.text.slice(span.start, span.end),
    span,
    nameSpan,
    spelledAs: name,
    ...(known?.parameter ? { via: `the default of parameter '${known.parameter}'` } : {}),
  };
}

/** A YAML scalar for a value: plain when it reads back as the same string, else double-quoted. */
function yamlScalar(value: string | number | boolean, asString: boolean): string {
  if (typeof value !== 'string') return asString ? JSON.stringify(String(value)) : String(value);
  return /^[A-Za-z_][\w./-]*$/.test(value) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(value) ? value : JSON.stringify(value);
}

function edits(doc: HeatDocument, properties: YAMLMap<unknown, unknown> | undefined, labels: YAMLMap<unknown, unknown> | undefined): SpecEdits {
  const one = (e: OffsetEdit | undefined) => (e ? [e] : undefined);
  const replace = (span: Span, text: string): OffsetEdit[] => [{ start: span.start, end: span.end, newText: text }];
  return {
    addField: (field, value) => (properties ? one(appendMapEntry(doc, properties, `${propertyOf(field)}: ${yamlScalar(value, false)}`)) : undefined),
    replaceValue: (target, value) => {
      const quoted = doc.text[target.span.start - 1] === '"' || doc.text[target.span.start - 1] === "'";
      const isLabel = labels?.items.some((p) => nodeSpan(p.key)?.start === target.nameSpan.start) ?? false;
      return replace(target.span, quoted ? String(value) : yamlScalar(value, isLabel));
    },
    addLabel: (name, value) => {
      if (labels) return one(appendMapEntry(doc, labels, `${name}: ${yamlScalar(value, true)}`));
      return properties ? one(appendMapEntry(doc, properties, 'labels:', [`${name}: ${yamlScalar(value, true)}`])) : undefined;
    },
    renameLabel: (label, name) => replace(label.nameSpan, name),
  };
}

function labelsOf(doc: HeatDocument, properties: YAMLMap<unknown, unknown> | undefined): { labels: LabelEntry[]; known: boolean; map?: YAMLMap<unknown, unknown> } {
  const pair = mapPair(properties, 'labels');
  if (!pair) return { labels: [], known: true };
  const map = asMap(pair.value);
  if (!map) return { labels: [], known: false };
  const labels: LabelEntry[] = [];
  for (const item of map.items) {
    const name = scalarText(item.key);
    const v = name === undefined ? undefined : specValue(doc, item, name);
    if (name === undefined || !v) continue;
    labels.push({ ...v, name, value: v.value === undefined ? undefined : String(v.value) });
  }
  return { labels, known: true, map };
}

export function heatClusterSpecs(doc: HeatDocument): ClusterTemplateSpec[] {
  const out: ClusterTemplateSpec[] = [];
  for (const def of resourceDefinitions(doc)) {
    const type = scalarText(mapValue(def.holder, 'type'));
    const kind = type === undefined ? undefined : KINDS[type];
    const span = nodeSpan(def.holder);
    if (!kind || !span) continue;
    const properties = asMap(mapValue(def.holder, 'properties'));
    const fields = new Map<string, SpecValue>();
    for (const [name, pair] of mapEntries(properties)) {
      if (name === 'labels') continue;
      const v = specValue(doc, pair, name);
      if (v) fields.set(FIELD_OF[name] ?? name, v);
    }
    const { labels, known, map } = labelsOf(doc, properties);
    const labelsPair = mapPair(properties, 'labels');
    const nameKey = def.holderPath.length === 2 ? nodeSpan(mapPair(section(doc, 'resources'), def.resource)?.key) : undefined;
    out.push({
      kind,
      span,
      anchor: nameKey ?? nodeSpan(mapPair(def.holder, 'type')?.value) ?? span,
      source: type!,
      fields,
      labels,
      labelsKnown: known,
      edits: edits(doc, properties, map),
      fieldName: propertyOf,
      labelsRegion: labelsPair && yamlLabelsRegion(doc.text, labelsPair),
    });
  }
  return out;
}
