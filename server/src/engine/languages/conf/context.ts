import type { Rule } from '../../core/rule';
import type { CapiSettings } from '../../knowledge/capi-drivers';
import type { ConfDocument } from './tokenizer';

export interface ConfContext {
  doc: ConfDocument;
  release: string;
  /** The Magnum driver the settings name, when they do (a magnum.conf serves every driver otherwise). */
  driver?: string;
  /** The Cluster API driver package and versions the settings name. */
  capi?: CapiSettings;
}

export type ConfRule = Rule<ConfContext>;
