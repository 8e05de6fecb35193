import type { Rule } from '../../core/rule';
import type { ConfDocument } from './tokenizer';

export interface ConfContext {
  doc: ConfDocument;
  release: string;
  /** The Magnum driver the settings name, when they do (a magnum.conf serves every driver otherwise). */
  driver?: string;
}

export type ConfRule = Rule<ConfContext>;
