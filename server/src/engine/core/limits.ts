/**
 * Bounds on what one file can cost, whatever it holds: a file of junk lines must not produce a
 * million findings (the editor's message would not even serialise) nor a magnum.conf of many
 * megabytes block the server. Past a bound, one `analysis-limit` finding says so.
 */
import { analysisLimit } from './rules/analysis-limit';
import type { LineIndex } from './text';
import type { Diagnostic, LintSettings } from './types';

/** Findings reported per file; more are dropped (the first ones, in document order, are kept). */
export const MAX_FINDINGS_PER_FILE = 1000;
/** Findings collected before suppression comments apply; rules stop being asked for more past it. */
export const MAX_RAW_FINDINGS = 10 * MAX_FINDINGS_PER_FILE;
/** A magnum.conf longer than this is not parsed (the same bound as a Heat template's MAX_PARSED_LENGTH). */
export const MAX_CONF_LENGTH = 2 * 1024 * 1024;

const KIB = 1024;

function limitDiagnostic(message: string, index: LineIndex, settings: LintSettings): Diagnostic[] {
  const configured = settings.rules?.[analysisLimit.meta.id];
  if (configured === 'off') return [];
  return [{ rule: analysisLimit.meta.id, severity: configured ?? analysisLimit.meta.severity, message, range: index.rangeOf({ start: 0, end: 0 }), fixes: [] }];
}

/** The one finding of a document too large to parse whose language has no cheap rule to say so. */
export function oversizedNote(length: number, label: string, index: LineIndex, settings: LintSettings): Diagnostic[] {
  return limitDiagnostic(`This file has ${Math.ceil(length / KIB)} KiB, more than the ${MAX_CONF_LENGTH / KIB} KiB magnum-heat checks in a ${label}: it is not checked.`, index, settings);
}

/** The first MAX_FINDINGS_PER_FILE of sorted findings, and one note when some were left out. */
export function capFindings(sorted: Diagnostic[], truncated: boolean, index: LineIndex, settings: LintSettings): Diagnostic[] {
  if (!truncated && sorted.length <= MAX_FINDINGS_PER_FILE) return sorted;
  const note = `magnum-heat reports the first ${MAX_FINDINGS_PER_FILE} findings of this file and stopped there: there are more. `
    + 'Fix these (or turn off the rules that flood it) and check again.';
  return [...limitDiagnostic(note, index, settings), ...sorted.slice(0, MAX_FINDINGS_PER_FILE)];
}
