import { isScalar } from 'yaml';
import { parameterDeclarations, plainValue, type ConstraintEntry, type ParameterDeclaration } from '../parameter-constraints';
import { mapPair, nodeSpan } from '../yaml-nodes';
import type { Finding } from '../../../core/rule';
import type { HeatRule } from '../context';

/** The default as Heat converts it to the parameter's type; undefined when it cannot be. */
function converted(type: string | undefined, value: unknown): unknown {
  if (type === 'number') {
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    return Number.isFinite(n) ? n : undefined;
  }
  if (type === 'boolean') {
    if (typeof value === 'boolean') return value;
    const s = String(value).toLowerCase();
    return ['1', 't', 'true', 'on', 'y', 'yes'].includes(s) ? true : ['0', 'f', 'false', 'off', 'n', 'no'].includes(s) ? false : undefined;
  }
  if (type === 'comma_delimited_list') return Array.isArray(value) ? value.map(String) : String(value) === '' ? [] : String(value).split(',');
  if (type === 'json') {
    if (typeof value === 'object' && value !== null) return value;
    if (value === '') return {};
    try {
      return typeof value === 'string' ? JSON.parse(value) : undefined;
    } catch {
      return undefined;
    }
  }
  return value === null ? undefined : typeof value === 'object' ? undefined : String(value);
}

const sizeOf = (v: unknown) => (typeof v === 'string' || Array.isArray(v) ? v.length : typeof v === 'object' && v !== null ? Object.keys(v).length : undefined);
const bound = (c: ConstraintEntry, key: string): number | undefined => {
  const v = (plainValue(c.value) as Record<string, unknown> | undefined)?.[key];
  return typeof v === 'number' ? v : undefined;
};

/** Why the value breaks the constraint (never quoting values: a default may be a password), or undefined when it keeps it (or the constraint is not checked offline). */
function violation(c: ConstraintEntry, value: unknown): string | undefined {
  if (c.kind === 'allowed_values') {
    const allowed = plainValue(c.value);
    if (!Array.isArray(allowed)) return undefined;
    const items = Array.isArray(value) ? value : [value];
    const bad = items.find((item) => !allowed.some((a) => String(a) === String(item)));
    return bad === undefined ? undefined : 'it is not one of its allowed_values';
  }
  if (c.kind === 'allowed_pattern' && typeof value === 'string' && isScalar(c.value) && typeof c.value.value === 'string') {
    let pattern: RegExp;
    try {
      pattern = new RegExp(`^(?:${c.value.value})$`, 'u');
    } catch {
      return undefined; // a Python-only construct: leave it to Heat
    }
    return pattern.test(value) ? undefined : 'it does not match its allowed_pattern';
  }
  const [min, max] = [bound(c, 'min'), bound(c, 'max')];
  const measured = c.kind === 'range' ? (typeof value === 'number' ? value : undefined) : c.kind === 'length' ? sizeOf(value) : undefined;
  if (measured === undefined || (min === undefined || measured >= min) && (max === undefined || measured <= max)) return undefined;
  return `${c.kind === 'length' ? 'its length' : 'it'} is outside its ${c.kind} (min ${min ?? '-'}, max ${max ?? '-'})`;
}

function* defaultProblems(p: ParameterDeclaration): Generator<Finding> {
  const pair = mapPair(p.body, 'default');
  if (!pair || pair.value == null || (isScalar(pair.value) && pair.value.value === null)) return;
  const raw = plainValue(pair.value);
  if (raw === undefined) return;
  const at = nodeSpan(pair.value) ?? { path: [...p.path, 'default'] };
  const value = converted(p.type, raw);
  if (value === undefined) {
    yield { message: `The default of parameter '${p.name}' is not a valid ${p.type}; Heat rejects the template.`, at };
    return;
  }
  for (const c of p.constraints) {
    const why = violation(c, value);
    if (why) yield { message: `The default of parameter '${p.name}' breaks its own constraint: ${why}. Heat rejects the template.`, at };
  }
}

export const invalidParameterDefault: HeatRule = {
  meta: {
    id: 'invalid-parameter-default',
    severity: 'error',
    summary: "A parameter's default is not of its type or breaks the parameter's own constraints (allowed values, pattern, range, length).",
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    for (const p of parameterDeclarations(doc)) {
      if (p.type && ['string', 'number', 'boolean', 'comma_delimited_list', 'json'].includes(p.type)) yield* defaultProblems(p);
    }
  },
};
