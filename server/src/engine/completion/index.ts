import type { Analysis } from '../analyze';
import { resolveRelease } from '../knowledge/releases';
import type { LintSettings } from '../types';
import { confCompletion } from './conf-completion';
import { heatCompletion } from './heat-completion';
import type { CompletionProposal } from './types';

export type { CompletionKind, CompletionProposal } from './types';

export function completeAt(analysis: Analysis, offset: number, settings: LintSettings = {}): CompletionProposal[] {
  const release = resolveRelease(settings.release);
  if (analysis.kind === 'magnum-conf') return confCompletion(analysis.conf, offset, release, settings);
  if (analysis.kind === 'heat-template') return heatCompletion(analysis.heat, offset, release);
  return [];
}
