/** The one entry point both the CLI and the language server call: text + settings -> diagnostics. */
import { analyze, detectDriver, fileNameOf, type Analysis, type LintInput } from './analyze';
import { locate } from './heat/template';
import { resolveRelease } from './knowledge/releases';
import { CONF_RULES, ENVIRONMENT_RULES, HEAT_RULES } from './rules';
import type { Finding, OffsetEdit, Rule, Target } from './rule';
import { capFindings, MAX_RAW_FINDINGS, oversizedConf } from './limits';
import { applySuppressions } from './suppress-findings';
import type { LineIndex, Span } from './text';
import type { Diagnostic, LintResult, LintSettings, Severity } from './types';

export type { LintInput, Analysis };

function resolveTarget(analysis: Analysis, target: Target): Span | undefined {
  if ('start' in target) return target;
  return 'heat' in analysis ? locate(analysis.heat, target.path, target.part) : undefined;
}

function indexOf(analysis: Analysis): LineIndex | undefined {
  if (analysis.kind === 'magnum-conf') return analysis.conf.index;
  if (analysis.kind === undefined) return undefined;
  return analysis.heat.index;
}

function findingsOf(analysis: Analysis, input: LintInput, settings: LintSettings): Array<[Rule, Iterable<Finding>]> {
  const release = resolveRelease(settings.release);
  if (analysis.kind === 'magnum-conf') {
    return CONF_RULES.map((rule) => [rule, rule.check({ doc: analysis.conf, release, driver: settings.driver || undefined })]);
  }
  if (analysis.kind === 'heat-template' || analysis.kind === 'heat-environment') {
    const ctx = {
      doc: analysis.heat, release, driver: settings.driver || detectDriver(input.path), fileName: fileNameOf(input.path),
      path: input.path, host: input.host,
    };
    const rules = analysis.kind === 'heat-template' ? HEAT_RULES : ENVIRONMENT_RULES;
    return rules.map((rule) => [rule, rule.check(ctx)]);
  }
  return [];
}

function toDiagnostic(rule: Rule, severity: Severity, finding: Finding, span: Span, index: LineIndex, analysis: Analysis): Diagnostic {
  const edit = (e: OffsetEdit) => ({ range: index.rangeOf(e), newText: e.newText, ...(e.snippet ? { snippet: e.snippet } : {}), ...(e.stackable ? { stackable: e.stackable } : {}) });
  const related = finding.related?.flatMap((r) => {
    const at = resolveTarget(analysis, r.at);
    return at ? [{ range: index.rangeOf(at), message: r.message }] : [];
  });
  return {
    rule: rule.meta.id,
    severity,
    message: finding.message,
    range: index.rangeOf(span),
    fixes: (finding.fixes ?? []).map((f) => ({ title: f.title, edits: f.edits.map(edit), ...(f.preferred ? { isPreferred: true } : {}) })),
    ...(finding.tags ? { tags: finding.tags } : {}),
    ...(related?.length ? { related } : {}),
  };
}

export function lintAnalysis(analysis: Analysis, input: LintInput, settings: LintSettings = {}): Diagnostic[] {
  const index = indexOf(analysis);
  if (!index) return [];
  const diagnostics: Diagnostic[] = [];
  // A document too large to parse (see MAX_PARSED_LENGTH) gets only the checks that need no syntax tree.
  const oversized = analysis.kind === 'heat-template' && analysis.heat.oversized === true;
  if (analysis.kind === 'magnum-conf' && analysis.oversized) return oversizedConf(input.text.length, index, settings);
  let truncated = false;
  for (const [rule, findings] of findingsOf(analysis, input, settings)) {
    const configured = settings.rules?.[rule.meta.id];
    if (configured === 'off' || (oversized && !rule.meta.cheap)) continue;
    if (truncated) break;
    try {
      for (const finding of findings) {
        if (diagnostics.length >= MAX_RAW_FINDINGS) {
          truncated = true;
          break;
        }
        const span = resolveTarget(analysis, finding.at) ?? { start: 0, end: 0 };
        diagnostics.push(toDiagnostic(rule, configured ?? finding.severity ?? rule.meta.severity, finding, span, index, analysis));
      }
    } catch (error) {
      diagnostics.push({
        rule: rule.meta.id,
        severity: 'information',
        message: `magnum-heat could not finish the '${rule.meta.id}' check on this file (${(error as Error).message}). Please report it.`,
        range: index.rangeOf({ start: 0, end: 0 }),
        fixes: [],
      });
    }
  }
  const kept = applySuppressions(diagnostics, index, analysis.kind !== 'magnum-conf', settings.rules);
  kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return capFindings(kept, truncated, index, settings);
}

export function lint(input: LintInput, settings: LintSettings = {}): LintResult {
  const analysis = analyze(input);
  return { kind: analysis.kind, diagnostics: lintAnalysis(analysis, input, settings) };
}
