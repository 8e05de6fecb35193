import { aliasExpansionOf } from '../aliases';
import type { HeatRule } from '../context';

/** Real templates expand to a few thousand nodes; the Magnum templates with the most aliases stay far below this. */
export const MAX_EXPANDED_NODES = 1_000_000;

const count = (n: number) => (n >= 1e15 ? 'more than 10^15' : n.toLocaleString('en-US'));

export const aliasExpansion: HeatRule = {
  meta: {
    id: 'alias-expansion',
    severity: 'error',
    summary: 'YAML aliases make the template expand to an enormous size (a "billion laughs" document).',
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    const { written, expanded, largest } = aliasExpansionOf(doc.yaml);
    if (expanded <= MAX_EXPANDED_NODES || !largest?.alias.range) return;
    yield {
      message: `With its aliases written out this template has ${count(expanded)} YAML nodes (${count(written)} as written; this alias alone stands for ${count(largest.nodes)}). `
        + 'Heat writes every alias out when it sends the template to heat-engine and stores it, so such a template exhausts memory instead of creating a stack. Write the shared values out, or nest fewer aliases.',
      at: { start: largest.alias.range[0], end: largest.alias.range[1] },
    };
  },
};
