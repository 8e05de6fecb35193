import { isScalar } from 'yaml';
import { versionOf } from '../functions';
import { resources } from '../template';
import { resolveResourceType } from '../type-resolution';
import { asMap, mapPair, nodeSpan } from '../yaml-nodes';
import type { HeatRule } from '../context';

export const invalidDeletionPolicy: HeatRule = {
  meta: {
    id: 'invalid-deletion-policy',
    severity: 'error',
    summary: 'A deletion_policy the declared HOT version does not know, or Snapshot on a type that cannot snapshot.',
    appliesTo: 'heat-template',
  },
  *check({ doc, release }) {
    const version = versionOf(doc);
    if (!version) return;
    for (const resource of resources(doc)) {
      const pair = mapPair(resource.body, 'deletion_policy');
      if (!pair || pair.value == null) continue;
      const span = nodeSpan(pair.value) ?? nodeSpan(pair.key)!;
      if (!isScalar(pair.value)) {
        if (asMap(pair.value)?.items.length !== 1) yield { message: `deletion_policy of '${resource.name}' must be one of ${version.deletionPolicies.join(', ')}; Heat rejects the template.`, at: span };
        continue; // a single-key map is a function Heat resolves
      }
      const policy = String(pair.value.value);
      if (!version.deletionPolicies.includes(policy)) {
        const later = ['delete', 'retain', 'snapshot'].includes(policy) ? ' (lower-case names need heat_template_version 2016-10-14 or newer)' : '';
        yield { message: `'${policy}' is not a deletion_policy of heat_template_version ${version.value}${later}: one of ${version.deletionPolicies.join(', ')}. Heat rejects the template.`, at: span };
        continue;
      }
      const resolved = resource.type === undefined ? undefined : resolveResourceType(resource.type, release);
      if (policy.toLowerCase() === 'snapshot' && resolved?.kind === 'known' && !resolved.info.snapshot) {
        yield { message: `${resolved.name} cannot take a snapshot when deleted, so deletion_policy ${policy} is refused; Heat rejects the template.`, at: span };
      }
    }
  },
};
