/** Text output for a terminal: the findings grouped per file under a header naming its kind, release and driver. */
import { displayName } from './display-name';
import type { FileReport } from './format';
import type { Palette } from './colors';
import { isFixable, plural, summarize, summaryNotes } from './summary';

function header(file: FileReport, palette: Palette): string {
  const scope = [file.kind, file.release ? `release ${file.release}` : undefined, file.driver ? `driver ${file.driver}` : undefined].filter(Boolean).join(' · ');
  return `${palette.path(displayName(file.path))}  ${palette.dim(scope)}`;
}

export function formatGrouped(files: readonly FileReport[], shown: readonly FileReport[], hiddenHints: number, palette: Palette): string {
  const lines: string[] = [];
  for (const file of shown) {
    if (file.diagnostics.length === 0) continue;
    const where = file.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`);
    const width = Math.max(...where.map((w) => w.length));
    lines.push(header(file, palette));
    file.diagnostics.forEach((d, i) => {
      const severity = palette.severity(d.severity, d.severity.padEnd(11));
      const fix = isFixable(d) ? palette.dim(' (fixable)') : '';
      lines.push(`  ${palette.dim(where[i].padEnd(width))}  ${severity} ${d.message}  ${palette.dim(d.rule)}${fix}`);
    });
    lines.push('');
  }
  const summary = summarize(files);
  const problems = summary.errors + summary.warnings + summary.information + summary.hints;
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${summary.information + summary.hints} other`;
  const mark = summary.errors > 0 ? palette.severity('error', '✖') : summary.warnings > 0 ? palette.severity('warning', '⚠') : '✔';
  lines.push(palette.bold(`${mark} ${plural(problems, 'problem')} (${counts}) in ${plural(summary.files, 'checked file')}`));
  for (const note of summaryNotes(summary, hiddenHints)) lines.push(`  ${note}`);
  return lines.join('\n');
}
