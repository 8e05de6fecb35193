import type { Span } from './text';
import type { Severity } from './types';

/** The id of a file language (see languages/registry.ts), or a scope the engine checks itself. */
export type RuleScope = string;

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** One line: what the rule reports. */
  summary: string;
  /** The language whose documents the rule checks (its id), or `all` for engine rules. */
  appliesTo: RuleScope;
  /** Runs even on a document too large to parse: it needs no syntax tree. */
  cheap?: boolean;
}

/** A path of keys and sequence indexes into a tree-shaped document; its language maps it to a span. */
export type DocPath = ReadonlyArray<string | number>;
export type PathPart = 'key' | 'value' | 'entry';

/** Where a finding points: a span from the document model, or a path the language resolves. */
export type Target = Span | { path: DocPath; part?: PathPart };

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
  /** The same text as an LSP snippet (tab stops on placeholders), for editors that take snippet edits. */
  snippet?: string;
  /** See TextEdit.stackable. */
  stackable?: true;
}

export interface FixSpec {
  title: string;
  edits: OffsetEdit[];
  preferred?: boolean;
}

export interface Finding {
  message: string;
  at: Target;
  /** Overrides the rule's default severity for this finding (e.g. per release). */
  severity?: Severity;
  fixes?: FixSpec[];
  tags?: Array<'unnecessary' | 'deprecated'>;
  /** Other places that explain the finding, e.g. the entry that wins over a duplicate key. */
  related?: Array<{ at: Target; message: string }>;
}

/** A check over one language's documents; `C` is the context that language builds for its rules. */
export interface Rule<C> {
  meta: RuleMeta;
  check(ctx: C): Iterable<Finding>;
}

/** Rules the engine applies itself (suppression comments, the project config file); they have no check(). */
export interface EngineRule {
  meta: RuleMeta;
}
