/** Hovers on the labels and fields of a cluster-template spec, whatever source language wrote it. */
import type { HoverResult } from '../core/hover-types';
import { CAPI_PACKAGES } from '../knowledge/capi-drivers';
import { HEAT_LABELS_DRIVER, heatLabel } from '../knowledge/cluster-labels';
import { coeFlag, flagOfField } from '../knowledge/coe-cli';
import type { LabelInfo } from './labels';
import type { ClusterTemplateContext, ClusterTemplateSpec, LabelEntry, SpecKind, SpecValue } from './model';
import { describeLabel, readersOrAll } from './readers';

const CLI_COMMAND: Record<SpecKind, string> = {
  'cluster-template': 'openstack coe cluster template create',
  cluster: 'openstack coe cluster create',
  'cluster-update': 'openstack coe cluster update',
};

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
  const { readers, inferred } = readersOrAll(spec, ctx);
  const known = readers.map((r) => r.get(label.name)).filter((i): i is LabelInfo => i !== undefined);
  const lines = [`**\`${label.name}\`** (${spec.kind === 'cluster-template' ? 'cluster template' : 'cluster'} label)`, ''];
  if (known.length) lines.push(...known.map(describeLabel));
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

/**
 * A field's name: the API field it fills, its type and meaning (python-magnumclient's option for it).
 * A CLI option also says what the client sends when it is left out; other sources send nothing then.
 */
function fieldHover(spec: ClusterTemplateSpec, field: string, v: SpecValue): HoverResult | undefined {
  const cli = v.spelledAs.startsWith('-');
  const option = cli ? v.spelledAs : flagOfField(spec.kind, field);
  const flag = option === undefined ? undefined : coeFlag(spec.kind, option);
  if (!flag) return undefined;
  const type = flag.type !== 'flag' ? flag.type : cli ? `switch, sets ${field} to ${String(flag.sets)}` : 'boolean';
  const lines = [`**\`${v.spelledAs}\`** of \`${spec.source}\` → API field \`${field}\` (${type})`, '', `${flag.meaning[0].toUpperCase()}${flag.meaning.slice(1)}.`];
  if (!cli) lines.push('', `The \`${option}\` option of \`${CLI_COMMAND[spec.kind]}\`.`);
  else if (flag.default !== undefined) lines.push('', `Left out, the client sends \`${String(flag.default)}\`.`);
  return { markdown: lines.join('\n'), span: v.nameSpan };
}

/** The hover of the label under the offset, else of the field whose name is under it. */
export function clusterTemplateHover(specs: readonly ClusterTemplateSpec[], offset: number, ctx: ClusterTemplateContext): HoverResult | undefined {
  const label = labelAt(specs, offset);
  if (label) return labelHover(label.label, label.spec, ctx);
  for (const spec of specs) {
    if (offset < spec.span.start || offset > spec.span.end) continue;
    for (const [field, v] of spec.fields) if (offset >= v.nameSpan.start && offset <= v.nameSpan.end) return fieldHover(spec, field, v);
  }
  return undefined;
}
