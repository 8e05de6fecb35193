import { catalogFor } from '../catalog';
import { normalizeGroup } from '../model';
import { groupLifetime, releaseRange } from '../../../knowledge/conf-options';
import type { FixSpec } from '../../../core/rule';
import type { ConfRule } from '../context';
import { didYouMean } from '../../../core/util/did-you-mean';

export const unknownSection: ConfRule = {
  meta: {
    id: 'unknown-section',
    severity: 'warning',
    summary: 'A section that is no option group of magnum.conf: everything in it is ignored.',
    appliesTo: 'magnum-conf',
  },
  *check({ doc, release }) {
    const catalog = catalogFor(doc, release);
    for (const section of doc.sections) {
      const group = normalizeGroup(section.name);
      const kind = catalog.sectionKind(group);
      if (kind !== 'unknown' && kind !== 'other-release') continue;
      if (kind === 'other-release') {
        yield {
          message: `[${section.name}] is not an option group in ${release} (it exists in ${releaseRange(groupLifetime(group)!)}); its options are ignored.`,
          at: section.nameSpan,
        };
        continue;
      }
      const meant = didYouMean(section.name, catalog.groupCandidates());
      const fixes: FixSpec[] = meant ? [{ title: `Change to [${meant}]`, edits: [{ ...section.nameSpan, newText: meant }], preferred: true }] : [];
      const hint = section.name.toLowerCase() === 'default' ? ' (only [DEFAULT], in capitals, is the default group)' : '';
      yield {
        message: `Unknown section [${section.name}]${hint}: Magnum registers no such option group, so every option in it is ignored.${meant ? ` Did you mean [${meant}]?` : ''}`,
        at: section.nameSpan,
        fixes,
      };
    }
  },
};
