/** Engine values -> LSP values. Fixes travel in Diagnostic.data so code actions never parse messages. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, Severity } from '../engine';
import { publishedFix, type PublishedFix } from './deferred-fixes';

export interface DiagnosticData {
  fixes: PublishedFix[];
  version: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The rule's page shipped beside the bundle (dist/../docs/rules), so it opens offline. */
export function ruleDocsUrl(rule: string, docsRoot = join(__dirname, '..', 'docs', 'rules')): string {
  return pathToFileURL(join(docsRoot, `${rule}.md`)).toString();
}

/**
 * `uri` is the document's, for related information (which always points into the same document).
 * `mask` hides the document's secrets: fixes that would carry one are deferred (see deferred-fixes.ts).
 */
export function toLspDiagnostic(d: Diagnostic, version: number, uri?: string, mask?: (text: string) => string): LspDiagnostic {
  const tags = d.tags?.map((t) => (t === 'deprecated' ? DiagnosticTag.Deprecated : DiagnosticTag.Unnecessary));
  const data: DiagnosticData = { fixes: mask ? d.fixes.map((f) => publishedFix(f, mask)) : d.fixes, version };
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    source: 'magnum-heat',
    code: d.rule,
    codeDescription: { href: ruleDocsUrl(d.rule) },
    message: mask ? mask(d.message) : d.message,
    ...(tags ? { tags } : {}),
    ...(uri && d.related?.length ? { relatedInformation: d.related.map((r) => ({ location: { uri, range: r.range }, message: r.message })) } : {}),
    data,
  };
}
