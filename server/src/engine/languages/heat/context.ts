import type { LintHost } from '../../core/host';
import type { Rule } from '../../core/rule';
import type { ClusterTemplateContext } from '../../cluster-template/model';
import type { HeatDocument } from './template';

/** Heat rules read the template; the cluster-template rules read its OS::Magnum::ClusterTemplate/Cluster specs. */
export interface HeatContext extends ClusterTemplateContext {
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
  /** Environment files the settings name for this template (besides its Magnum driver's own). */
  environments?: readonly string[];
}

/** Rules for Heat templates and, with the same context, for Heat environments. */
export type HeatRule = Rule<HeatContext>;
