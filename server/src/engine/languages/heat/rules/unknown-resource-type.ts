import { isScalar } from 'yaml';
import { meant, renameFix } from '../replace-fix';
import { resources } from '../template';
import { resolveResourceType } from '../type-resolution';
import { effectiveValue } from '../yaml-merge';
import { mapPair, nodeSpan, scalarText } from '../yaml-nodes';
import { environmentSupply } from '../environments';
import { isHeatNamespace, typeNames, typeReleases } from '../../../knowledge/heat-schema';
import type { Finding } from '../../../core/rule';
import type { HeatRule } from '../context';
import type { Span } from '../../../core/text';
import { didYouMean } from '../../../core/util/did-you-mean';

function unknownTypeFinding(type: string, span: Span, release: string, configured: boolean): Finding {
  const releases = typeReleases(type);
  if (releases.length > 0) {
    const range = releases.length === 1 ? releases[0] : `${releases[0]} to ${releases[releases.length - 1]}`;
    return { message: `Heat of ${release} has no resource type ${type} (it exists in ${range}).`, at: span };
  }
  const suggestion = didYouMean(type, typeNames(release));
  const fixes = suggestion ? [renameFix(span, suggestion)] : [];
  if (!isHeatNamespace(type)) {
    if (configured) return { message: `${type} is not a Heat resource type${meant(suggestion)}, and none of the configured environments maps it in its resource_registry; Heat rejects the template.`, at: span, fixes };
    return {
      message: `${type} is not a Heat resource type${meant(suggestion)}: an environment's resource_registry must map it, or Heat rejects the template. Name the environments in .magnum-heat.yaml (environments:) to check this.`,
      at: span,
      severity: 'warning',
      fixes,
    };
  }
  return { message: `Heat has no resource type ${type}${meant(suggestion)}.`, at: span, fixes };
}

export const unknownResourceType: HeatRule = {
  meta: {
    id: 'unknown-resource-type',
    severity: 'error',
    summary: 'A resource has no type, or a type Heat of the release does not register.',
    appliesTo: 'heat-template',
  },
  *check({ doc, release, host, path, environments }) {
    const supply = environmentSupply(host, path, environments);
    for (const resource of resources(doc)) {
      if (!resource.body) continue;
      const typePair = mapPair(resource.body, 'type');
      const value = effectiveValue(doc, resource.body, 'type');
      const type = scalarText(value);
      if (type === '' || value == null || (isScalar(value) && value.value === null)) {
        yield { message: `Resource '${resource.name}' has no type; Heat rejects the template.`, at: nodeSpan(typePair?.key) ?? nodeSpan(resource.pair.key) ?? { start: 0, end: 0 } };
        continue;
      }
      const span = nodeSpan(typePair?.value ?? value);
      if (type === undefined || !span) continue;
      const resolved = resolveResourceType(type, release);
      if (resolved.kind === 'unknown' && !supply.registry.has(type)) yield unknownTypeFinding(type, span, release, (environments?.length ?? 0) > 0);
    }
  },
};
