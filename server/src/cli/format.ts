import type { Diagnostic, DocumentKind } from '../engine';
import { displayName } from './display-name';

/** One file in the output; `project-config` is a `.magnum-heat.yaml` with problems. */
export interface FileReport {
  path: string;
  kind: DocumentKind | 'project-config' | undefined;
  diagnostics: Diagnostic[];
}

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
      })),
    })),
  }, null, 2);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `path:line:col: severity: message [rule]`, 1-based like compilers, then a summary line. */
export function formatText(files: FileReport[]): string {
  const lines: string[] = [];
  const count = { error: 0, warning: 0, other: 0 };
  for (const file of files) {
    for (const d of file.diagnostics) {
      lines.push(`${displayName(file.path)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity}: ${d.message} [${d.rule}]`);
      if (d.severity === 'error') count.error++;
      else if (d.severity === 'warning') count.warning++;
      else count.other++;
    }
  }
  const checked = files.filter((f) => f.kind !== undefined && f.kind !== 'project-config').length;
  lines.push(`${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.other} other in ${plural(checked, 'checked file')}`);
  return lines.join('\n');
}
