import type { EngineRule } from '../rule';

/** Reported on `.magnum-heat.yaml` by the config loader (engine/config/parse.ts). */
export const projectConfigInvalid: EngineRule = {
  meta: {
    id: 'project-config-invalid',
    severity: 'error',
    summary: 'A setting in `.magnum-heat.yaml` is malformed or unknown; it is ignored.',
    appliesTo: 'project-config',
  },
};
