/**
 * Secrets never reach the output. What the CLI prints that comes from a file (the --fix-dry-run diff,
 * fix edits, and for safety messages and titles too) is masked: the values of secret oslo.config
 * options (also under a misspelt key or on a line without separator), the defaults and allowed values
 * of hidden Heat parameters, and passwords in URLs.
 */
import { isScalar, isCollection } from 'yaml';
import { parseConf } from './conf/tokenizer';
import { parameters, parseHeat } from './heat/template';
import { isHiddenParameter } from './heat/hidden';
import { asMap, mapValue } from './heat/yaml-nodes';
import { maskUrlPasswords } from './url-passwords';
import { AUTH_PLUGINS, authPlugin, CONF_GROUPS, confGroup } from './knowledge/conf-options';
import type { Diagnostic, DocumentKind } from './types';
import { didYouMean } from './util/did-you-mean';

export const MASK = '****';

/** Names of options that are secret in some group or auth plugin (transport_url, password, ...). */
const SECRET_NAMES: readonly string[] = [...new Set([
  ...CONF_GROUPS.flatMap((g) => Object.entries(confGroup(g)?.options ?? {})),
  ...AUTH_PLUGINS.flatMap((p) => Object.entries(authPlugin(p)?.options ?? {})),
].filter(([, info]) => info.secret === true).map(([name]) => name))];

/** Group-blind on purpose: a secret name in an unknown section or misspelt (paswsord) still hides its value. */
function isSecretKey(key: string): boolean {
  const name = key.replace(/-/g, '_').toLowerCase();
  return SECRET_NAMES.includes(name) || didYouMean(name, SECRET_NAMES) !== undefined;
}

function confSecrets(text: string): string[] {
  const doc = parseConf(text);
  const values = doc.entries.filter((e) => isSecretKey(e.key)).flatMap((e) => text.slice(e.valueSpan.start, e.valueSpan.end).split(/\r?\n|\r/));
  for (const error of doc.errors) {
    const line = /^\s*([\w.-]+)\s+(\S.*?)\s*$/.exec(text.slice(error.span.start, error.span.end));
    if (line && isSecretKey(line[1])) values.push(line[2]);
  }
  return values;
}

function scalarsIn(node: unknown): string[] {
  const out: string[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const next = stack.pop();
    if (isScalar(next) && next.value !== null && next.value !== undefined) out.push(String(next.value));
    else if (isCollection(next)) for (const item of next.items) stack.push(isScalar(item) || isCollection(item) ? item : (item as { value?: unknown }).value);
  }
  return out;
}

function heatSecrets(text: string): string[] {
  return [...parameters(parseHeat(text)).values()].flatMap((pair) => {
    const body = asMap(pair.value);
    if (!isHiddenParameter(body)) return [];
    return [...scalarsIn(mapValue(body, 'default')), ...scalarsIn(mapValue(body, 'constraints'))];
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A masking function for output about one file; give it every version of the text (before and after --fix). */
export function secretMask(kind: DocumentKind | undefined, ...texts: string[]): (text: string) => string {
  const secrets = new Set(texts.flatMap((t) => (kind === 'magnum-conf' ? confSecrets(t) : kind ? heatSecrets(t) : []))
    .map((s) => s.trim()).filter((s) => s !== ''));
  const alternatives = [...secrets].sort((a, b) => b.length - a.length).map(escape);
  const values = alternatives.length > 0 ? new RegExp(`(?<![\\w])(?:${alternatives.join('|')})(?![\\w])`, 'g') : undefined;
  return (text) => maskUrlPasswords(values ? text.replace(values, MASK) : text, MASK);
}

/** A diagnostic with every text it carries masked (fix edits then no longer restore a secret, by design). */
export function maskDiagnostic(d: Diagnostic, mask: (text: string) => string): Diagnostic {
  return {
    ...d,
    message: mask(d.message),
    fixes: d.fixes.map((f) => ({ ...f, title: mask(f.title), edits: f.edits.map((e) => ({ ...e, newText: mask(e.newText), ...(e.snippet !== undefined ? { snippet: mask(e.snippet) } : {}) })) })),
    ...(d.related ? { related: d.related.map((r) => ({ ...r, message: mask(r.message) })) } : {}),
  };
}
