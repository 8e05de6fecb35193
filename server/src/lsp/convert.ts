/** Engine values -> LSP values. Fixes travel in Diagnostic.data so code actions never parse messages. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { ruleDocsUrl } from '../engine/docs-url';
import type { Diagnostic, Fix, Severity } from '../engine/types';

export interface DiagnosticData {
  fixes: Fix[];
  version: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `uri` is the document's, for related information (which always points into the same document). */
export function toLspDiagnostic(d: Diagnostic, version: number, uri?: string): LspDiagnostic {
  const tags = d.tags?.map((t) => (t === 'deprecated' ? DiagnosticTag.Deprecated : DiagnosticTag.Unnecessary));
  const data: DiagnosticData = { fixes: d.fixes, version };
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    source: 'magnum-heat',
    code: d.rule,
    // The public page (the extension's "Show documentation" action opens the shipped copy offline).
    codeDescription: { href: ruleDocsUrl(d.rule) },
    message: d.message,
    ...(tags ? { tags } : {}),
    ...(uri && d.related?.length ? { relatedInformation: d.related.map((r) => ({ location: { uri, range: r.range }, message: r.message })) } : {}),
    data,
  };
}
