import { versionOf } from '../functions';
import { unknownKeywordFinding } from '../keyword-findings';
import { resources } from '../template';
import { MERGE_KEY } from '../yaml-merge';
import { keyText, nodeSpan } from '../yaml-nodes';
import type { HeatRule } from '../context';

export const unknownResourceKey: HeatRule = {
  meta: {
    id: 'unknown-resource-key',
    severity: 'error',
    summary: 'A resource definition holds a key that is not a resource keyword of the declared HOT version.',
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    const version = versionOf(doc);
    if (!version) return;
    for (const resource of resources(doc)) {
      for (const pair of resource.body?.items ?? []) {
        const name = keyText(pair);
        const span = nodeSpan(pair.key);
        if (name === undefined || name === MERGE_KEY || !span || version.resourceKeys.includes(name)) continue;
        yield unknownKeywordFinding(doc, version, name, span, (v) => v.resourceKeys, 'resource keyword');
      }
    }
  },
};
