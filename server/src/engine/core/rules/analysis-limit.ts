import type { EngineRule } from '../rule';

/** Reported by the engine itself (limits.ts) when it stops short on a hostile or broken file. */
export const analysisLimit: EngineRule = {
  meta: {
    id: 'analysis-limit',
    severity: 'warning',
    summary: 'magnum-heat stopped short on this file: more findings than it reports, or a magnum.conf too large to check.',
    appliesTo: 'all',
  },
};
