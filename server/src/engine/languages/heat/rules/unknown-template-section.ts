import { versionOf } from '../functions';
import { unknownKeywordFinding } from '../keyword-findings';
import { MERGE_KEY } from '../yaml-merge';
import { keyText, nodeSpan } from '../yaml-nodes';
import type { HeatRule } from '../context';

export const unknownTemplateSection: HeatRule = {
  meta: {
    id: 'unknown-template-section',
    severity: 'error',
    summary: 'A top-level key is not a section of the declared HOT version.',
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    const version = versionOf(doc);
    if (!version || !doc.root) return;
    for (const pair of doc.root.items) {
      const name = keyText(pair);
      const span = nodeSpan(pair.key);
      if (name === undefined || name === MERGE_KEY || !span || version.sections.includes(name)) continue;
      yield unknownKeywordFinding(doc, version, name, span, (v) => v.sections, 'section');
    }
  },
};
