/**
 * Secrets never reach the output. What the CLI prints (and the language server publishes) that comes from a file (the --fix-dry-run diff,
 * fix edits, and for safety messages and titles too) is masked: the secret values the file's language
 * finds (secret oslo.config options, hidden Heat parameters ...) and passwords in URLs.
 */
import { secretsOf, type Diagnostic } from './index';
import { maskUrlPasswords } from './core/url-passwords';

export const MASK = '****';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A masking function for output about one file; give it every version of the text (before and after --fix). */
export function secretMask(kind: string | undefined, ...texts: string[]): (text: string) => string {
  const secrets = new Set(texts.flatMap((t) => secretsOf(kind, t)).map((s) => s.trim()).filter((s) => s !== ''));
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
