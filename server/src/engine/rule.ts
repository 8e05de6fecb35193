import type { ConfDocument } from './conf/tokenizer';
import type { HeatDocument, HeatPath, PathPart } from './heat/template';
import type { LintHost } from './host';
import type { Span } from './text';
import type { DocumentKind, Severity } from './types';

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** One line: what the rule reports. */
  summary: string;
  appliesTo: DocumentKind;
  /** Runs even on a document too large to parse (see MAX_PARSED_LENGTH): it needs no syntax tree. */
  cheap?: boolean;
}

/** Where a finding points: a span from the document model, or a path the framework resolves. */
export type Target = Span | { path: HeatPath; part?: PathPart };

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

export interface ConfContext {
  doc: ConfDocument;
  release: string;
  /** The Magnum driver the settings name, when they do (a magnum.conf serves every driver otherwise). */
  driver?: string;
}

export interface HeatContext {
  doc: HeatDocument;
  release: string;
  /** Magnum driver, from the settings or the path; undefined when unknown. */
  driver: string | undefined;
  /** The file's name, e.g. swarmcluster.yaml. */
  fileName: string;
  /** The file's path or URI as given, to resolve nested template references against. */
  path: string;
  /** Reads other files (nested templates, environments); without it, cross-file checks are skipped. */
  host?: LintHost;
}

export interface ConfRule {
  meta: RuleMeta & { appliesTo: 'magnum-conf' };
  check(ctx: ConfContext): Iterable<Finding>;
}

export interface HeatRule {
  meta: RuleMeta & { appliesTo: 'heat-template' };
  check(ctx: HeatContext): Iterable<Finding>;
}

/** Rules for Heat environment files (resource_registry, parameters, parameter_defaults). */
export interface EnvironmentRule {
  meta: RuleMeta & { appliesTo: 'heat-environment' };
  check(ctx: HeatContext): Iterable<Finding>;
}

export type Rule = ConfRule | HeatRule | EnvironmentRule;

/** Rules the engine applies itself (suppression comments, the project config file); they have no check(). */
export interface EngineRule {
  meta: Omit<RuleMeta, 'appliesTo'> & { appliesTo: 'all' | 'project-config' };
}

/** Any registered rule's description: `all` means every kind of checked file. */
export type AnyRuleMeta = RuleMeta | EngineRule['meta'];
