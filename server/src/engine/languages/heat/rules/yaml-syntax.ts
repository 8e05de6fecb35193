import type { HeatRule } from '../context';

export const yamlSyntax: HeatRule = {
  meta: {
    id: 'yaml-syntax',
    severity: 'error',
    summary: 'The template is not valid YAML; Heat rejects it.',
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    for (const error of doc.errors) {
      yield { message: `YAML error: ${error.message}`, at: error.span };
    }
  },
};
