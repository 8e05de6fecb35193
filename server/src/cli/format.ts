import { ruleDocsUrl, type Diagnostic, type DocumentKind } from '../engine';
import { PLAIN, type Palette } from './colors';
import { displayName } from './display-name';
import { isFixable, plural, summarize, summaryNotes } from './summary';

/** One file in the output; `project-config` is a `.magnum-heat.yaml` with problems. */
export interface FileReport {
  path: string;
  kind: DocumentKind | 'project-config' | undefined;
  diagnostics: Diagnostic[];
  /** The OpenStack release the file was checked against (checked files only). */
  release?: string;
  /** The Magnum driver in force for a Heat file (setting or path), when there is one. */
  driver?: string;
}

/** DESIGN.md 3.2; fields are only ever added: release/driver per file, docsUrl/fixable per finding, summary counts. */
export function formatJson(files: FileReport[]): string {
  return JSON.stringify({
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      kind: f.kind ?? null,
      diagnostics: f.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        range: d.range,
        fixes: d.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((e) => ({ range: e.range, newText: e.newText })) })),
        docsUrl: ruleDocsUrl(d.rule),
        fixable: isFixable(d),
      })),
      ...(f.release !== undefined ? { release: f.release } : {}),
      ...(f.driver !== undefined ? { driver: f.driver } : {}),
    })),
    summary: summarize(files),
  }, null, 2);
}

/** `path:line:col: severity: message [rule]`, 1-based like compilers, then a summary line. */
export function formatText(files: FileReport[], shown: FileReport[] = files, hiddenHints = 0, palette: Palette = PLAIN): string {
  const lines: string[] = [];
  for (const file of shown) {
    for (const d of file.diagnostics) {
      lines.push(`${displayName(file.path)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${palette.severity(d.severity, d.severity)}: ${d.message} [${d.rule}]`);
    }
  }
  const summary = summarize(files);
  lines.push(`${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${summary.information + summary.hints} other in ${plural(summary.files, 'checked file')}`);
  lines.push(...summaryNotes(summary, hiddenHints));
  return lines.join('\n');
}
