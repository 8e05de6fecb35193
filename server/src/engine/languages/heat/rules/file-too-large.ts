import { MAX_PARSED_LENGTH } from '../template';
import type { HeatRule } from '../context';

const KIB = 1024;

export const fileTooLarge: HeatRule = {
  meta: {
    id: 'file-too-large',
    severity: 'warning',
    summary: 'The template is too large to check; only cheap checks ran.',
    appliesTo: 'heat-template',
    cheap: true,
  },
  *check({ doc }) {
    if (!doc.oversized) return;
    yield {
      message: `This template has ${Math.ceil(doc.text.length / KIB)} KiB, more than the ${MAX_PARSED_LENGTH / KIB} KiB magnum-heat parses: `
        + 'it is not checked. Heat refuses templates above 512 KiB unless max_template_size is raised.',
      at: { start: 0, end: doc.index.lineContentEnd(0) },
    };
  },
};
