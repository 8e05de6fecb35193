/**
 * Fixes whose edits would copy a secret (a password kept in a rewritten URL, a hidden default) do not
 * travel in the published Diagnostic.data: clients log and cache diagnostics, and other extensions
 * read them. Such a fix is published as its masked title only, marked `deferred`; its edits are
 * recomputed from the document when code actions are asked for. A client that can resolve code
 * actions (codeAction/resolve with `edit`) receives them only when the user picks the fix; one that
 * cannot gets them in the code action answer, because it has no other way to apply the fix (the
 * text is the client's own document there, which it already holds).
 */
import type { Diagnostic, Fix, Range } from '../engine';

export type PublishedFix = Fix & { deferred?: true };

/** The fix for publishing: as it is, or deferred when masking changes any text it carries. */
export function publishedFix(fix: Fix, mask: (text: string) => string): PublishedFix {
  const secret = fix.edits.some((e) => mask(e.newText) !== e.newText || (e.snippet !== undefined && mask(e.snippet) !== e.snippet));
  return secret ? { title: mask(fix.title), edits: [], ...(fix.isPreferred ? { isPreferred: true } : {}), deferred: true } : fix;
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** A deferred fix recomputed: the `index`-th fix of the finding of `rule` at `range` in the current text. */
export function recomputedFix(diagnostics: Diagnostic[], rule: string, range: Range, index: number): Fix | undefined {
  const fix = diagnostics.find((d) => d.rule === rule && sameRange(d.range, range))?.fixes[index];
  return fix && fix.edits.length > 0 ? fix : undefined;
}

/** What a code action without its edit carries to codeAction/resolve. */
export interface DeferredActionData {
  deferred: { uri: string; version: number; rule: string; range: Range; index: number };
}

export function isDeferredActionData(data: unknown): data is DeferredActionData {
  const d = (data as Partial<DeferredActionData> | undefined)?.deferred;
  return typeof d === 'object' && d !== null && typeof d.uri === 'string' && typeof d.version === 'number'
    && typeof d.rule === 'string' && typeof d.index === 'number' && typeof d.range === 'object' && d.range !== null;
}
