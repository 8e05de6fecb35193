/**
 * The seam between the language-neutral core and one file language (magnum.conf, Heat template ...).
 * A language is one folder under languages/ exporting one `Language`; languages/registry.ts lists them.
 */
import type { CompletionProposal } from './completion-types';
import type { DocumentLinkTarget, FoldingLines, OutlineSymbol, Preparation, Refusal, RenameEdit } from './editor-types';
import type { SnippetOptions } from './snippets';
import type { LintHost } from './host';
import type { HoverResult } from './hover-types';
import type { DocPath, PathPart, Rule } from './rule';
import type { LineIndex, Span } from './text';
import type { LintSettings, Range } from './types';

/** A file as the CLI or the editor hands it over. */
export interface SourceFile {
  /** A file path or a URI; used for detection, driver inference and resolving references. */
  path: string;
  text: string;
  /** The editor's language id, when there is an editor. */
  languageId?: string;
  /** Reads the other files this one refers to; without it cross-file checks are skipped. */
  host?: LintHost;
  /** The settings declare the file a Heat template (templateGlobs), whatever its content. */
  heatTemplate?: boolean;
}

/** What every parsed document offers the core: its text with positions, and whether it was too large to parse. */
export interface ParsedDocument {
  index: LineIndex;
  oversized?: boolean;
}

/** Parses several languages may share (one YAML parse serves Heat templates and environments). */
export interface SharedParses {
  once<T>(key: string, parse: () => T): T;
}

/** The knowledge in force for one document. */
export interface Scope {
  file: SourceFile;
  settings: LintSettings;
  /** The OpenStack release, resolved (never undefined). */
  release: string;
  /** The Magnum driver from the settings, else as the language infers it; undefined when unknown. */
  driver: string | undefined;
}

/** A place in a file: the file as the caller names it (path or URI) and an LSP range. */
export interface Location {
  path: string;
  range: Range;
}

/** The settings glob that declares a file's language (templateGlobs), and where it is set. */
export interface DeclaringGlob {
  glob: string;
  /** e.g. `magnumHeat.templateGlobs` or the path of a `.magnum-heat.yaml`. */
  where: string;
}

/** How suppression comments are found and written. */
export interface CommentSyntax {
  /** Every comment of the document. */
  spans(index: LineIndex): Span[];
  /** A comment may be indented (YAML) or must start in column 1 (oslo.config INI). */
  indented: boolean;
}

export interface Language<D extends ParsedDocument = ParsedDocument, C = unknown> {
  /** Stable id: the `kind` of the CLI's JSON output and the `appliesTo` of its rules. */
  id: string;
  /** How the docs, tables and SARIF tags name its files, e.g. "magnum.conf". */
  label: string;
  /** The parsed document when the file is of this language, else undefined. */
  detect(file: SourceFile, shared: SharedParses): D | undefined;
  /** Why the file is checked as this language: a sentence for the editor, a clause for --print-config. */
  explain(doc: D, file: SourceFile, declaredBy?: DeclaringGlob): { sentence: string; short: string };
  /** The Magnum driver a file of this language belongs to by its path, when it says. */
  inferDriver?(file: SourceFile, doc: D): string | undefined;
  rules: ReadonlyArray<Rule<C>>;
  /** The context its rules read. */
  context(doc: D, scope: Scope): C;
  /** Resolves a finding's path target to a span. */
  locate?(doc: D, path: DocPath, part?: PathPart): Span | undefined;
  comments: CommentSyntax;
  hover?(doc: D, offset: number, scope: Scope): HoverResult | undefined;
  complete?(doc: D, offset: number, scope: Scope): CompletionProposal[];
  definition?(doc: D, offset: number, file: SourceFile): Location[];
  references?(doc: D, offset: number, file: SourceFile, includeDeclaration: boolean): Location[];
  /** The editor's hover where it may say more than `hover` (other files, declarations); defaults to `hover`. */
  editorHover?(doc: D, offset: number, scope: Scope): HoverResult | undefined;
  /** The outline (documentSymbol). */
  symbols?(doc: D): OutlineSymbol[];
  /** Folding ranges; without it the editor folds as it does for the file's language. */
  folding?(doc: D): FoldingLines[];
  /** References to other files (document links). */
  links?(doc: D, file: SourceFile): DocumentLinkTarget[];
  /** Whether the name at the offset can be renamed: its span and current name, or why not. */
  prepareRename?(doc: D, offset: number, scope: Scope): Preparation | undefined;
  rename?(doc: D, offset: number, newName: string, scope: Scope): RenameEdit[] | Refusal;
  /** Snippet proposals at the offset (snippets/*.json). */
  snippets?(doc: D, offset: number, scope: Scope, options: SnippetOptions): CompletionProposal[];
  /** Snippets for a file no language claims yet (an empty YAML file: the Heat skeleton). */
  starterSnippets?(file: SourceFile, offset: number, release: string, options: SnippetOptions): CompletionProposal[];
  /** Secret values in the text (passwords, hidden parameter defaults), to be masked in any output; `doc`: the text's parse, when the caller has it. */
  secrets(text: string, doc?: D): string[];
}

/** A language whose document and context types are not known at the call site. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyLanguage = Language<any, any>;
