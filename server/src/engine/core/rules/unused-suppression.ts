import type { EngineRule } from '../rule';

/** Reported by the engine itself (suppress.ts), after every other rule has run. */
export const unusedSuppression: EngineRule = {
  meta: {
    id: 'unused-suppression',
    severity: 'hint',
    summary: 'A `magnum-heat-disable` comment that suppresses nothing, or names an unknown rule.',
    appliesTo: 'all',
  },
};
