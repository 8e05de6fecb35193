/** Fixes that replace one node's text: a misspelt name, a wrong value. */
import type { FixSpec } from '../../core/rule';
import type { Span } from '../../core/text';

/** YAML text for a scalar: plain when YAML would read it back as the same string, quoted otherwise. */
export function yamlScalar(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const plainSafe = /^[A-Za-z_/][\w./:-]*$/.test(value) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

export function replaceFix(title: string, span: Span, newText: string, preferred = true): FixSpec {
  return { title, edits: [{ start: span.start, end: span.end, newText }], ...(preferred ? { preferred } : {}) };
}

/** "Change to 'x'" for a did-you-mean suggestion. */
export function renameFix(span: Span, to: string, preferred = true): FixSpec {
  return replaceFix(`Change to '${to}'`, span, yamlScalar(to), preferred);
}

/** ` (did you mean 'x'?)` for a message, or nothing without a suggestion. */
export function meant(suggestion: string | undefined): string {
  return suggestion ? ` (did you mean '${suggestion}'?)` : '';
}
