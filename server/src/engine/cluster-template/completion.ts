/** Completion of label names and values, for every cluster-template source. */
import type { CompletionProposal } from '../core/completion-types';
import type { Span } from '../core/text';
import type { LabelInfo } from './labels';
import { valuesFor } from './label-values';
import type { ClusterTemplateContext, ClusterTemplateSpec, LabelSyntax } from './model';
import { describeLabel, readersOrAll } from './readers';

/** `--labels a=b,c=d` on the command line, or the same list as one string. */
export const LIST_LABELS: LabelSyntax = { separators: ',;', assign: '=', value: (v) => v };

/** Label names (replacing `replace`), or the values of `name` when it is given. */
export function labelCompletion(spec: ClusterTemplateSpec | undefined, ctx: ClusterTemplateContext, replace: Span, name?: string, insert?: (text: string) => string): CompletionProposal[] {
  const { readers } = readersOrAll(spec, ctx);
  if (name !== undefined) {
    const values = new Set(readers.flatMap((r) => { const info = r.get(name); return info ? valuesFor(info) : []; }));
    return [...values].map((v) => ({ label: v, kind: 'value', replace, ...(insert && insert(v) !== v ? { insertText: insert(v) } : {}) }));
  }
  const seen = new Map<string, LabelInfo>();
  for (const r of readers) for (const n of r.names()) if (!seen.has(n)) seen.set(n, r.get(n)!);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name)).map((info) => ({
    label: info.name,
    kind: 'property',
    detail: `${info.reader} label`,
    documentation: describeLabel(info),
    insertText: insert ? insert(info.name) : info.name,
    replace,
  }));
}

/** One entry typed up to the cursor: `na`, `"na`, `name=va`, `name = "va`, `name: va`. */
const NAME_TYPED = /^\s*(["']?)([\w.\-/]*)$/;
const VALUE_TYPED = /^\s*(["']?)([\w.\-/]+)\1\s*[=:]\s*(["']?)([^"',;]*)$/;

/** Proposals for the label entry whose text before the cursor (back to its separator) is `typed`. */
export function labelEntryCompletion(typed: string, offset: number, spec: ClusterTemplateSpec | undefined, ctx: ClusterTemplateContext, syntax: LabelSyntax): CompletionProposal[] {
  const name = NAME_TYPED.exec(typed);
  if (name) {
    const [, quote, word] = name;
    return labelCompletion(spec, ctx, { start: offset - word.length, end: offset }, undefined, (n) => (quote ? n : `${n}${syntax.assign}`));
  }
  const value = VALUE_TYPED.exec(typed);
  if (!value) return [];
  const [, , label, quote, word] = value;
  return labelCompletion(spec, ctx, { start: offset - word.length, end: offset }, label, (v) => (quote ? v : syntax.value(v)));
}

function inRegion(text: string, offset: number, spec: ClusterTemplateSpec): boolean {
  const region = spec.labelsRegion;
  if (!region || offset < region.span.start) return false;
  if (offset <= region.span.end) return true;
  if (region.indent === undefined) return false;
  const gap = text.slice(region.span.end, offset);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^\s*$/.test(gap) && lineStart > region.span.end && offset - lineStart > region.indent;
}

/** Label completion inside the labels map (or list string) a source recorded in `labelsRegion`. */
export function labelsRegionCompletion(specs: readonly ClusterTemplateSpec[], text: string, offset: number, ctx: ClusterTemplateContext): CompletionProposal[] | undefined {
  const spec = specs.find((s) => inRegion(text, offset, s));
  if (!spec) return undefined;
  const region = spec.labelsRegion!;
  const { separators } = region.syntax;
  let start = offset;
  while (start > region.span.start && !separators.includes(text[start - 1])) start--;
  return labelEntryCompletion(text.slice(start, offset), offset, spec, ctx, region.syntax);
}
