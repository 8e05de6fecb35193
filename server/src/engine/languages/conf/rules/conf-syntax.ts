import type { ConfRule } from '../context';

export const confSyntax: ConfRule = {
  meta: {
    id: 'conf-syntax',
    severity: 'error',
    summary: 'A line oslo.config cannot parse; the service refuses to start.',
    appliesTo: 'magnum-conf',
  },
  *check({ doc }) {
    for (const error of doc.errors) {
      yield { message: `${error.message}: oslo.config stops reading the file here and the service does not start.`, at: error.span };
    }
  },
};
