/**
 * The engine's one front door: the language server and the CLI import from here only.
 * Text + settings in; diagnostics, hovers, completions, locations and explanations out.
 */
import { analyze, sharedParses, type Analysis, type Claimed } from './analyze';
import type { CompletionProposal } from './core/completion-types';
import type { HoverResult } from './core/hover-types';
import type { LintHost } from './core/host';
import type { DeclaringGlob, Location, Scope, SourceFile } from './core/language';
import { runRules } from './core/runner';
import type { Diagnostic, LintResult, LintSettings } from './core/types';
import { resolveRelease } from './knowledge/releases';
import type { DocumentLinkTarget, FoldingLines, OutlineSymbol, Preparation, Refusal, RenameEdit } from './core/editor-types';
import type { SnippetOptions } from './core/snippets';
import { LANGUAGES, languageById, RULE_METAS } from './languages/registry';
import { holdsCoeCommands } from './languages/shell';

const CLUSTER_TEMPLATE_SOURCES = ['shell', 'markdown', 'restructuredtext'];

export { analyze, sharedParses, type Analysis, type Claimed };
/** For a run over many files (the CLI): up to `count` trees of nested templates parsed while checking others are kept until those files are checked. */
export { keepSummaryParses as keepNestedParses } from './languages/heat/file-summary';
export type { CompletionKind, CompletionProposal } from './core/completion-types';
export type { HoverResult } from './core/hover-types';
export type { Location, SharedParses, SourceFile } from './core/language';
export type { LintHost } from './core/host';
export type { Diagnostic, DocumentKind, Fix, LintResult, LintSettings, Position, Range, RuleSetting, Severity, TextEdit } from './core/types';
export type { RuleMeta } from './core/rule';
export type { DocumentLinkTarget, FoldingLines, OutlineKind, OutlineSymbol, Preparation, Refusal, RenameEdit } from './core/editor-types';
export type { SnippetOptions } from './core/snippets';
export { applyEdits, fixAll, keepLayout } from './core/fix';
export { LineIndex } from './core/text';
export { VERSION } from './core/version';
export { README_URL, REPOSITORY_URL, ruleDocsUrl } from './core/docs-url';
export { fileNameOf } from './core/paths';
export { compileGlob, matchesAnyGlob } from './core/util/glob';
export { didYouMean } from './core/util/did-you-mean';
export { isKnownRelease, NEWEST_RELEASE, RELEASES, resolveRelease } from './knowledge/releases';
export { selectedPackages, versionOf, type CapiPackage } from './knowledge/capi-drivers';
export { analysisMask, MASK, maskDiagnostic, secretMask } from './secret-mask';
export { driverFolders, joinPath } from './core/host';
export type { Scope } from './core/language';
export { ALL_RULES, findRuleMeta, LANGUAGES, languageById, RULE_METAS } from './languages/registry';
export { MODULE_KEY_LINE as ANSIBLE_MODULE_KEY_LINE } from './languages/ansible/tasks';

/** Whether a script or runbook (shell, Markdown, reStructuredText) holds cluster-template commands: folder walks lint only those. */
export function holdsClusterTemplates(file: SourceFile): boolean {
  const analysis = analyze(file);
  if (!analysis.kind || !CLUSTER_TEMPLATE_SOURCES.includes(analysis.kind)) return false;
  return holdsCoeCommands(file, () => analysis.doc as { specs: unknown[] });
}

/** @deprecated name kept for callers: the file the engine is given. */
export type LintInput = SourceFile;

const RULE_IDS = RULE_METAS.map((m) => m.id);

const claimedOf = (analysis: Analysis): Claimed | undefined => (analysis.kind === undefined ? undefined : analysis);

/** The same analysis, reading other files through `host` (the parse is shared, not redone). */
export function withHost(analysis: Analysis, host: LintHost | undefined): Analysis {
  return { ...analysis, file: { ...analysis.file, host } };
}

/** The release and driver in force for a checked document. */
export function scopeOf(analysis: Claimed, settings: LintSettings = {}): Scope {
  const { file, language, doc } = analysis;
  const driver = settings.driver || language.inferDriver?.(file, doc) || undefined;
  return { file, settings, release: resolveRelease(settings.release), driver };
}

export function lintAnalysis(analysis: Analysis, settings: LintSettings = {}): Diagnostic[] {
  const claimed = claimedOf(analysis);
  return claimed ? runRules(claimed, scopeOf(claimed, settings), RULE_IDS) : [];
}

export function lint(file: SourceFile, settings: LintSettings = {}): LintResult {
  const analysis = analyze(file);
  return { kind: analysis.kind, diagnostics: lintAnalysis(analysis, settings) };
}

const withFooter = (result: HoverResult | undefined, release: string): HoverResult | undefined =>
  result && { ...result, markdown: `${result.markdown}\n\n---\n*magnum-heat · OpenStack ${release}*` };

/** Hover content for an offset, with a footer naming the knowledge in force. */
export function hoverAt(analysis: Analysis, offset: number, settings: LintSettings = {}): HoverResult | undefined {
  const claimed = claimedOf(analysis);
  if (!claimed?.language.hover) return undefined;
  const scope = scopeOf(claimed, settings);
  return withFooter(claimed.language.hover(claimed.doc, offset, scope), scope.release);
}

/** The editor's hover: `hoverAt` and what needs the other files (the analysis' host) or a declaration. */
export function editorHoverAt(analysis: Analysis, offset: number, settings: LintSettings = {}): HoverResult | undefined {
  const claimed = claimedOf(analysis);
  if (!claimed?.language.editorHover) return hoverAt(analysis, offset, settings);
  const scope = scopeOf(claimed, settings);
  return withFooter(claimed.language.editorHover(claimed.doc, offset, scope), scope.release);
}

export function symbolsOf(analysis: Analysis): OutlineSymbol[] {
  const claimed = claimedOf(analysis);
  return claimed?.language.symbols?.(claimed.doc) ?? [];
}

/** Folding ranges, or undefined where the editor's own folding should stay in force. */
export function foldingOf(analysis: Analysis): FoldingLines[] | undefined {
  const claimed = claimedOf(analysis);
  return claimed?.language.folding?.(claimed.doc);
}

export function linksOf(analysis: Analysis): DocumentLinkTarget[] {
  const claimed = claimedOf(analysis);
  return claimed?.language.links?.(claimed.doc, claimed.file) ?? [];
}

export function prepareRenameAt(analysis: Analysis, offset: number, settings: LintSettings = {}): Preparation | undefined {
  const claimed = claimedOf(analysis);
  return claimed?.language.prepareRename?.(claimed.doc, offset, scopeOf(claimed, settings));
}

export function renameAt(analysis: Analysis, offset: number, newName: string, settings: LintSettings = {}): RenameEdit[] | Refusal | undefined {
  const claimed = claimedOf(analysis);
  return claimed?.language.rename?.(claimed.doc, offset, newName, scopeOf(claimed, settings));
}

/** Snippet proposals: the claiming language's, or for an unclaimed file what a language starts one with. */
export function snippetsAt(analysis: Analysis, offset: number, settings: LintSettings = {}, options: SnippetOptions = {}): CompletionProposal[] {
  const claimed = claimedOf(analysis);
  if (claimed) return claimed.language.snippets?.(claimed.doc, offset, scopeOf(claimed, settings), options) ?? [];
  const release = resolveRelease(settings.release);
  return LANGUAGES.flatMap((l) => l.starterSnippets?.(analysis.file, offset, release, options) ?? []);
}

export function completeAt(analysis: Analysis, offset: number, settings: LintSettings = {}): CompletionProposal[] {
  const claimed = claimedOf(analysis);
  return claimed?.language.complete?.(claimed.doc, offset, scopeOf(claimed, settings)) ?? [];
}

export function definitionAt(analysis: Analysis, offset: number): Location[] {
  const claimed = claimedOf(analysis);
  return claimed?.language.definition?.(claimed.doc, offset, claimed.file) ?? [];
}

export function referencesAt(analysis: Analysis, offset: number, includeDeclaration: boolean): Location[] {
  const claimed = claimedOf(analysis);
  return claimed?.language.references?.(claimed.doc, offset, claimed.file, includeDeclaration) ?? [];
}

/** Why a file is (not) checked: a sentence for the editor and a clause for --print-config. */
export function explain(analysis: Analysis, declaredBy?: DeclaringGlob): { sentence: string; short: string } {
  if (analysis.kind === undefined) return { sentence: `Not checked: ${analysis.reason}.`, short: `no: ${analysis.reason}` };
  return analysis.language.explain(analysis.doc, analysis.file, declaredBy);
}

/** Secret values in a text of the given language, to be masked wherever the text is shown. */
export function secretsOf(kind: string | undefined, text: string): string[] {
  return languageById(kind)?.secrets(text) ?? [];
}

/** Secret values of an analysed file, from the parse the analysis already holds. */
export function secretsOfAnalysis(analysis: Analysis): string[] {
  const claimed = claimedOf(analysis);
  return claimed ? claimed.language.secrets(claimed.file.text, claimed.doc) : [];
}

/** Whether suppression comments in documents of this kind may be indented (YAML) or must start in column 1 (INI). */
export function commentsMayBeIndented(kind: string | undefined): boolean {
  return languageById(kind)?.comments.indented ?? true;
}
