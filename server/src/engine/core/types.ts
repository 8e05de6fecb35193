/** Protocol-shaped value types shared by the engine, the CLI and the server (0-based, UTF-16). */
import type { CapiSettings } from '../knowledge/capi-drivers';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
  /** The same text as an LSP snippet with tab stops; `newText` is what it inserts without an editor. */
  snippet?: string;
  /**
   * An insert that other stackable inserts of the same rule at the same place may join (in order) in
   * one fix pass: adding entries to one section, say. Inserts without it wait for a pass each.
   */
  stackable?: true;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
}

export interface RelatedInformation {
  range: Range;
  message: string;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes: Fix[];
  tags?: Array<'unnecessary' | 'deprecated'>;
  related?: RelatedInformation[];
}

/** The id of the file language a document is checked as (see engine/languages/registry.ts). */
export type DocumentKind = string;

export interface LintSettings extends CapiSettings {
  /** OpenStack release name; undefined means the newest known. */
  release?: string;
  /** Magnum driver; undefined means detect from the path. */
  driver?: string;
  rules?: Record<string, RuleSetting>;
  /** Heat environment files (paths as the host reads them) that apply to the linted templates. */
  environments?: string[];
}

export interface LintResult {
  kind: DocumentKind | undefined;
  diagnostics: Diagnostic[];
}
