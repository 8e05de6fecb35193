import type { Rule } from '../../../core/rule';
import type { ProjectConfigDocument } from '../document';

/** The problems the config reader found (parse.ts): unknown or malformed settings, YAML errors. */
export const projectConfigInvalid: Rule<ProjectConfigDocument> = {
  meta: {
    id: 'project-config-invalid',
    severity: 'error',
    summary: 'A setting in `.magnum-heat.yaml` is malformed or unknown; it is ignored.',
    appliesTo: 'project-config',
  },
  *check(doc) {
    for (const problem of doc.problems) yield { message: problem.message, at: problem.span };
  },
};
