/** Which drivers' label readers judge a spec's labels, and how one reader's label is described. */
import { HEAT_LABELS_DRIVER } from '../knowledge/cluster-labels';
import { candidateDrivers } from './drivers';
import { driverLabels, type DriverLabels, type LabelInfo, type ParseKind } from './labels';
import type { ClusterTemplateContext, ClusterTemplateSpec } from './model';

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

/** One reader's view of a label, as a Markdown list item. */
export function describeLabel(info: LabelInfo): string {
  const parts = [`parsed as ${PARSING[info.kinds[0]]}`];
  for (const k of info.kinds.slice(1)) parts.push(`then ${PARSING[k]}`);
  if (info.required) parts.push('**required**: no default');
  else if (info.defaultText !== undefined) parts.push(`default \`${info.defaultText}\``);
  if (info.since) parts.push(`since ${info.since}`);
  if (info.scope) parts.push(`read from ${info.scope}`);
  return `- **${info.reader}**${info.meaning ? `: ${info.meaning}` : ''}. ${parts.join('; ')}.`;
}

/** The readers of a spec, or every reader when none is known for it (hover and completion still have something to say). */
export function readersOrAll(spec: ClusterTemplateSpec | undefined, ctx: ClusterTemplateContext): { readers: DriverLabels[]; inferred: boolean } {
  const found = readersFor(spec, ctx);
  return found.readers.length ? found : readersFor(undefined, ctx);
}
