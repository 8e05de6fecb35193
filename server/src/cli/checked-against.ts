/** The release and driver a file was checked against, for the text header and the JSON report. */
import { scopeOf, type Analysis, type LintSettings } from '../engine';

export function checkedAgainst(analysis: Analysis, settings: LintSettings): { release?: string; driver?: string } {
  if (analysis.kind === undefined) return {};
  const { release, driver } = scopeOf(analysis, settings);
  return { release, ...(driver ? { driver } : {}) };
}
