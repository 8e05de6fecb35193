import type { HeatDocument } from '../heat/template';
import type { CompletionProposal } from './types';

/** Resource types, property names, get_param/get_resource/get_attr targets, functions, versions. */
export function heatCompletion(_doc: HeatDocument, _offset: number, _release: string): CompletionProposal[] {
  return [];
}
