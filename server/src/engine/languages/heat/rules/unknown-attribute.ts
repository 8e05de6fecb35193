import { resourceReferences } from '../references';
import { meant, renameFix } from '../replace-fix';
import { resources } from '../template';
import { resolveResourceType } from '../type-resolution';
import { nodeSpan } from '../yaml-nodes';
import { typeSchema } from '../../../knowledge/heat-schema';
import { RELEASES } from '../../../knowledge/releases';
import type { HeatRule } from '../context';
import { didYouMean } from '../../../core/util/did-you-mean';

/** Releases whose Heat gives the type this attribute. */
function releasesWithAttribute(typeName: string, attribute: string): string[] {
  return RELEASES.filter((r) => typeSchema(typeName, r)?.attributes.includes(attribute));
}

export const unknownAttribute: HeatRule = {
  meta: {
    id: 'unknown-attribute',
    severity: 'error',
    summary: 'get_attr asks a resource for an attribute its type does not have.',
    appliesTo: 'heat-template',
  },
  *check({ doc, release }) {
    const typeOf = new Map(resources(doc).map((r) => [r.name, r.type]));
    for (const ref of resourceReferences(doc)) {
      const type = typeOf.get(ref.name);
      if (ref.via !== 'get_attr' || !ref.attribute || type === undefined) continue;
      const resolved = resolveResourceType(type, release);
      if (resolved.kind !== 'known' || resolved.info.dynamicAttributes) continue;
      const { name: attribute, node } = ref.attribute;
      const span = nodeSpan(node);
      if (!span || resolved.info.attributes.includes(attribute)) continue;
      const elsewhere = releasesWithAttribute(resolved.name, attribute);
      const suggestion = elsewhere.length ? undefined : didYouMean(attribute, resolved.info.attributes);
      const detail = elsewhere.length
        ? ` in ${release} (only in ${elsewhere[0]}${elsewhere.length > 1 ? ` to ${elsewhere[elsewhere.length - 1]}` : ''})`
        : meant(suggestion);
      yield {
        message: `${resolved.name} '${ref.name}' has no attribute '${attribute}'${detail}. Heat rejects the template.`,
        at: span,
        fixes: suggestion ? [renameFix(span, suggestion)] : [],
      };
    }
  },
};
