/** Runs a language's rules on one parsed document and turns their findings into diagnostics. */
import type { AnyLanguage, ParsedDocument, Scope } from './language';
import type { Finding, OffsetEdit, Rule, RuleMeta, Target } from './rule';
import { capFindings, MAX_RAW_FINDINGS, oversizedNote } from './limits';
import { applySuppressions } from './suppress-findings';
import type { LineIndex, Span } from './text';
import type { Diagnostic, Severity } from './types';

/** A document a language has claimed: what rules, hovers and fixes share. */
export interface Claimed<D extends ParsedDocument = ParsedDocument> {
  language: AnyLanguage;
  doc: D;
}

function resolveTarget(claimed: Claimed, target: Target): Span | undefined {
  if ('start' in target) return target;
  return claimed.language.locate?.(claimed.doc, target.path, target.part);
}

function toDiagnostic(meta: RuleMeta, severity: Severity, finding: Finding, span: Span, index: LineIndex, claimed: Claimed): Diagnostic {
  const edit = (e: OffsetEdit) => ({ range: index.rangeOf(e), newText: e.newText, ...(e.snippet ? { snippet: e.snippet } : {}), ...(e.stackable ? { stackable: e.stackable } : {}) });
  const related = finding.related?.flatMap((r) => {
    const at = resolveTarget(claimed, r.at);
    return at ? [{ range: index.rangeOf(at), message: r.message }] : [];
  });
  return {
    rule: meta.id,
    severity,
    message: finding.message,
    range: index.rangeOf(span),
    fixes: (finding.fixes ?? []).map((f) => ({ title: f.title, edits: f.edits.map(edit), ...(f.preferred ? { isPreferred: true } : {}) })),
    ...(finding.tags ? { tags: finding.tags } : {}),
    ...(related?.length ? { related } : {}),
  };
}

function crashed(id: string, error: unknown, index: LineIndex): Diagnostic {
  return {
    rule: id,
    severity: 'information',
    message: `magnum-heat could not finish the '${id}' check on this file (${(error as Error).message}). Please report it.`,
    range: index.rangeOf({ start: 0, end: 0 }),
    fixes: [],
  };
}

/**
 * The diagnostics of one document: every rule that is not off, severities as configured, then
 * suppression comments applied. A document too large to parse gets only the rules that need no tree.
 */
export function runRules(claimed: Claimed, scope: Scope, knownRuleIds: readonly string[]): Diagnostic[] {
  const { language, doc } = claimed;
  const { index } = doc;
  const rules = scope.settings.rules;
  const context = language.context(doc, scope);
  const diagnostics: Diagnostic[] = [];
  if (doc.oversized && !language.rules.some((r) => r.meta.cheap)) return oversizedNote(scope.file.text.length, language.label, index, scope.settings);
  let truncated = false;
  for (const rule of language.rules as ReadonlyArray<Rule<unknown>>) {
    const configured = rules?.[rule.meta.id];
    if (configured === 'off' || (doc.oversized && !rule.meta.cheap)) continue;
    if (truncated) break;
    try {
      for (const finding of rule.check(context)) {
        if (diagnostics.length >= MAX_RAW_FINDINGS) {
          truncated = true;
          break;
        }
        const span = resolveTarget(claimed, finding.at) ?? { start: 0, end: 0 };
        diagnostics.push(toDiagnostic(rule.meta, configured ?? finding.severity ?? rule.meta.severity, finding, span, index, claimed));
      }
    } catch (error) {
      diagnostics.push(crashed(rule.meta.id, error, index));
    }
  }
  const kept = applySuppressions(diagnostics, index, language.comments.spans, rules, knownRuleIds);
  kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return capFindings(kept, truncated, index, scope.settings);
}
