import type { ConfDocument } from '../conf/tokenizer';
import type { CompletionProposal } from './types';

/** Section names, option names of the current section, and values after '='. */
export function confCompletion(_doc: ConfDocument, _offset: number, _release: string): CompletionProposal[] {
  return [];
}
