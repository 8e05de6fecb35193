import { validatedDefinitions } from '../property-tree';
import { meant, renameFix } from '../replace-fix';
import { MERGE_KEY } from '../yaml-merge';
import { keyText, nodeSpan } from '../yaml-nodes';
import { firstReleaseWith } from '../../../knowledge/heat-schema';
import { compareReleases } from '../../../knowledge/releases';
import type { HeatRule } from '../context';
import { didYouMean } from '../../../core/util/did-you-mean';

export const unknownProperty: HeatRule = {
  meta: {
    id: 'unknown-property',
    severity: 'error',
    summary: 'A resource sets a property its type does not have.',
    appliesTo: 'heat-template',
  },
  *check({ doc, release }) {
    const seen = new Set<unknown>(); // an aliased map is checked once, wherever it is merged in
    for (const definition of validatedDefinitions(doc, release)) {
      for (const { map, schema, path } of definition.maps) {
        if (seen.has(map)) continue;
        seen.add(map);
        const relative = path.slice(definition.holderPath.length + 1);
        for (const pair of map.items) {
          const name = keyText(pair);
          const span = nodeSpan(pair.key);
          if (name === undefined || name === MERGE_KEY || !span || Object.hasOwn(schema, name)) continue;
          const where = relative.length ? `'${relative.filter((p) => typeof p === 'string').join('.')}' of ${definition.typeName}` : definition.typeName;
          const first = firstReleaseWith(definition.typeName, [...relative, name]);
          const later = first !== undefined && compareReleases(first, release) > 0 ? first : undefined;
          const suggestion = didYouMean(name, Object.keys(schema));
          yield {
            message: later
              ? `${where} has no property '${name}' in ${release}; Heat knows it from ${later} on. Heat of ${release} rejects the template.`
              : `${where} has no property '${name}'${meant(suggestion)}. Heat rejects the template.`,
            at: span,
            fixes: suggestion ? [renameFix(span, suggestion)] : [],
          };
        }
      }
    }
  },
};
