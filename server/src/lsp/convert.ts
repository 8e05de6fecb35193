/** Engine values -> LSP values. Fixes travel in Diagnostic.data so code actions never parse messages. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { ruleDocsUrl, type Diagnostic, type Severity } from '../engine';
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
    // The public page (the extension's "Show documentation" action opens the shipped copy offline).
    codeDescription: { href: ruleDocsUrl(d.rule) },
    message: mask ? mask(d.message) : d.message,
    ...(tags ? { tags } : {}),
    ...(uri && d.related?.length ? { relatedInformation: d.related.map((r) => ({ location: { uri, range: r.range }, message: r.message })) } : {}),
    data,
  };
}
