/** Hovers on labels and completion of label names and values, for every cluster-template source. */
import type { CompletionProposal } from '../core/completion-types';
import type { HoverResult } from '../core/hover-types';
import type { Span } from '../core/text';
import { CAPI_PACKAGES } from '../knowledge/capi-drivers';
import { HEAT_LABELS_DRIVER, heatLabel } from '../knowledge/cluster-labels';
import { candidateDrivers } from './drivers';
import { driverLabels, type DriverLabels, type LabelInfo, type ParseKind } from './labels';
import { valuesFor } from './label-values';
import type { ClusterTemplateContext, ClusterTemplateSpec, LabelEntry } from './model';

const PARSING: Record<ParseKind, string> = {
  text: 'text',
  'helm-text': 'text (characters other than letters, digits, space and . - / _ are dropped)',
  csv: 'comma-separated list',
  'bool-lenient': 'boolean, lenient: text it does not know gives the default',
  'bool-strict': 'boolean, strict: anything but 1/t/true/on/y/yes/0/f/false/off/n/no fails the cluster',
  'int-lenient': 'integer, lenient: text that is no integer gives the default',
  'int-strict': 'integer, strict: text that is no integer fails the cluster',
  'true-literal': "only the text 'true' (any case) enables it",
  'no-string': 'a boolean the driver cannot take from a label at all',
  'heat-boolean': 'boolean (Heat parameter)',
  'heat-number': 'number (Heat parameter)',
};

/** Representative drivers for each label knowledge source, when the spec's driver is unknown. */
const ALL_READERS = ['k8s_capi_helm_v1', 'k8s_cluster_api_ubuntu', HEAT_LABELS_DRIVER];

/** The label readers to consult for a spec: its candidate drivers that have label knowledge, else every reader. */
export function readersFor(spec: ClusterTemplateSpec | undefined, ctx: ClusterTemplateContext): { readers: DriverLabels[]; inferred: boolean } {
  const byPackage = new Map<string, DriverLabels>();
  const candidates = spec ? candidateDrivers(spec, ctx) : [];
  for (const d of candidates) {
    const r = driverLabels(d, ctx.release, ctx.capi);
    if (r && !byPackage.has(r.reader)) byPackage.set(r.reader, r);
  }
  if (byPackage.size) return { readers: [...byPackage.values()], inferred: true };
  // A driver (or a COE) without label knowledge here, e.g. swarm: nothing to judge labels by.
  const coe = spec?.fields.get('coe')?.value;
  if (candidates.length || (typeof coe === 'string' && coe !== 'kubernetes')) return { readers: [], inferred: true };
  return { readers: ALL_READERS.map((d) => driverLabels(d, ctx.release, ctx.capi)!).filter(Boolean), inferred: false };
}

function describe(info: LabelInfo): string {
  const parts = [`parsed as ${PARSING[info.kinds[0]]}`];
  for (const k of info.kinds.slice(1)) parts.push(`then ${PARSING[k]}`);
  if (info.required) parts.push('**required**: no default');
  else if (info.defaultText !== undefined) parts.push(`default \`${info.defaultText}\``);
  if (info.since) parts.push(`since ${info.since}`);
  if (info.scope) parts.push(`read from ${info.scope}`);
  return `- **${info.reader}**${info.meaning ? `: ${info.meaning}` : ''}. ${parts.join('; ')}.`;
}

function capiNote(name: string): string | undefined {
  const heat = heatLabel(name);
  if (!heat) return undefined;
  const notes = CAPI_PACKAGES.map((p) => {
    const r = heat.capi[p];
    const what = r.relation === 'same_name' ? 'carries over' : r.relation === 'counterpart_other_name' ? `is \`${r.target}\`` : r.relation === 'different_mechanism' ? `is replaced by ${r.target}` : 'is not supported';
    return `${p}: ${what}`;
  });
  return `Heat-era label of ${HEAT_LABELS_DRIVER}; under Cluster API drivers it ${notes.join('; ')}.`;
}

export function labelHover(label: LabelEntry, spec: ClusterTemplateSpec, ctx: ClusterTemplateContext): HoverResult {
  const found = readersFor(spec, ctx);
  const { readers, inferred } = found.readers.length ? found : readersFor(undefined, ctx);
  const known = readers.map((r) => r.get(label.name)).filter((i): i is LabelInfo => i !== undefined);
  const lines = [`**\`${label.name}\`** (${spec.kind === 'cluster-template' ? 'cluster template' : 'cluster'} label)`, ''];
  if (known.length) lines.push(...known.map(describe));
  else lines.push(`Not read by ${readers.map((r) => r.reader).join(', ')}.`);
  const note = capiNote(label.name);
  if (note) lines.push('', note);
  if (!inferred) lines.push('', '*Driver not known here (set magnumHeat.driver, or an image os_distro): every driver shown.*');
  return { markdown: lines.join('\n'), span: { start: label.nameSpan.start, end: label.span.end } };
}

/** The label under an offset (its name or its value). */
export function labelAt(specs: readonly ClusterTemplateSpec[], offset: number): { spec: ClusterTemplateSpec; label: LabelEntry } | undefined {
  for (const spec of specs) {
    const label = spec.labels.find((l) => offset >= l.nameSpan.start && offset <= Math.max(l.span.end, l.nameSpan.end));
    if (label) return { spec, label };
  }
  return undefined;
}

/** Label names (replacing `replace`), or the values of `name` when it is given. */
export function labelCompletion(spec: ClusterTemplateSpec | undefined, ctx: ClusterTemplateContext, replace: Span, name?: string): CompletionProposal[] {
  const found = readersFor(spec, ctx);
  const { readers } = found.readers.length ? found : readersFor(undefined, ctx);
  if (name !== undefined) {
    const values = new Set(readers.flatMap((r) => { const info = r.get(name); return info ? valuesFor(info) : []; }));
    return [...values].map((v) => ({ label: v, kind: 'value', replace }));
  }
  const seen = new Map<string, LabelInfo>();
  for (const r of readers) for (const n of r.names()) if (!seen.has(n)) seen.set(n, r.get(n)!);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name)).map((info) => ({
    label: info.name,
    kind: 'property',
    detail: `${info.reader} label`,
    documentation: describe(info),
    insertText: `${info.name}=`,
    replace,
  }));
}
