/** Small readers the cluster-template rules share. */
import type { FixSpec, OffsetEdit, Rule } from '../../core/rule';
import type { ClusterTemplateContext, ClusterTemplateSpec, SpecValue } from '../model';

export type ClusterTemplateRule = Rule<ClusterTemplateContext>;

/** How the spec's source spells a field it may not hold. */
export const fieldName = (spec: ClusterTemplateSpec, field: string): string => spec.fields.get(field)?.spelledAs ?? spec.fieldName?.(field) ?? field;

export function stringField(spec: ClusterTemplateSpec, field: string): string | undefined {
  const v = spec.fields.get(field)?.value;
  return typeof v === 'string' ? v : undefined;
}

/** ` (the default of parameter 'size')`, or nothing for a literal. */
export const viaClause = (v: SpecValue): string => (v.via ? ` (${v.via})` : '');

/** A fix from edits the source may not know how to write (then no fix). */
export function fix(title: string, edits: OffsetEdit[] | undefined, preferred = true): FixSpec[] {
  return edits?.length ? [{ title, edits, ...(preferred ? { preferred } : {}) }] : [];
}

export const templatesOf = (ctx: ClusterTemplateContext) => ctx.specs.filter((s) => s.kind === 'cluster-template');
