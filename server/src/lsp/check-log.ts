/**
 * One line per check for the client's log (VS Code: the "Magnum & Heat" output channel): which file,
 * what it was checked as, against which release and driver, how many findings, how long it took.
 * Names and counts only: never a value from the file.
 */
import type { Analysis, Diagnostic } from '../engine';
import type { Scope } from '../engine';
import type { ServerSettings } from '../engine/settings/editor';
import { pathOfUri } from './document-status';

function counts(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return 'no findings';
  const by = new Map<string, number>();
  for (const d of diagnostics) by.set(d.severity, (by.get(d.severity) ?? 0) + 1);
  return (['error', 'warning', 'information', 'hint'] as const)
    .flatMap((s) => (by.has(s) ? [`${by.get(s)} ${s}${by.get(s)! > 1 && s !== 'information' ? 's' : ''}`] : []))
    .join(', ');
}

export function checkLogLine(uri: string, analysis: Analysis, scope: Scope | undefined, settings: ServerSettings, diagnostics: readonly Diagnostic[], millis: number): string {
  const file = pathOfUri(uri);
  if (settings.ignoredBy !== undefined) return `not checked ${file}: ignored by '${settings.ignoredBy}' in .magnum-heat.yaml`;
  if (analysis.kind === undefined || !scope) return `not checked ${file}: ${analysis.kind === undefined ? analysis.reason : 'no scope'}`;
  const driver = analysis.kind === 'magnum-conf' ? undefined : scope.driver;
  return `checked ${file} as ${analysis.kind} (release ${scope.release}${driver ? `, driver ${driver}` : ''}): ${counts(diagnostics)} in ${millis.toFixed(1)} ms`;
}
