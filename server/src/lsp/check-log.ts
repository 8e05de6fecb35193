/**
 * One line per check for the client's log (VS Code: the "Magnum & Heat" output channel): which file,
 * what it was checked as, against which release and driver, how many findings, how long it took.
 * Names and counts only: never a value from the file.
 */
import { detectDriver, type Analysis } from '../engine/analyze';
import { resolveRelease } from '../engine/knowledge/releases';
import type { Diagnostic } from '../engine/types';
import { pathOfUri } from './document-status';
import type { ServerSettings } from './settings';

function counts(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return 'no findings';
  const by = new Map<string, number>();
  for (const d of diagnostics) by.set(d.severity, (by.get(d.severity) ?? 0) + 1);
  const parts = (['error', 'warning', 'information', 'hint'] as const).flatMap((s) => (by.has(s) ? [`${by.get(s)} ${s}${by.get(s)! > 1 && s !== 'information' ? 's' : ''}`] : []));
  return parts.join(', ');
}

export function checkLogLine(uri: string, analysis: Analysis, settings: ServerSettings, diagnostics: readonly Diagnostic[], millis: number): string {
  const file = pathOfUri(uri);
  if (settings.ignoredBy !== undefined) return `not checked ${file}: ignored by '${settings.ignoredBy}' in .magnum-heat.yaml`;
  if (analysis.kind === undefined) return `not checked ${file}: ${analysis.reason}`;
  const driver = analysis.kind === 'magnum-conf' ? undefined : settings.driver ?? detectDriver(uri);
  const scope = `release ${resolveRelease(settings.release)}${driver ? `, driver ${driver}` : ''}`;
  return `checked ${file} as ${analysis.kind} (${scope}): ${counts(diagnostics)} in ${millis.toFixed(1)} ms`;
}
