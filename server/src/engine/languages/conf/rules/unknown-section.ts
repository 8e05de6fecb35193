import { catalogFor } from '../catalog';
import { normalizeGroup } from '../model';
import { groupLifetime, releaseRange } from '../../../knowledge/conf-options';
import type { CapiSectionKind } from '../capi-catalog';
import type { Finding, FixSpec } from '../../../core/rule';
import type { Span } from '../../../core/text';
import type { ConfRule } from '../context';
import { didYouMean } from '../../../core/util/did-you-mean';

function capiSectionFinding(found: CapiSectionKind, name: string, at: Span): Finding {
  if (found.kind === 'other-driver') {
    return { message: `[${name}] belongs to ${found.pkg}, but magnumHeat.capiDriver says ${found.selected} is installed: nothing reads this section.`, at };
  }
  const version = found.kind === 'driver-version' ? found.version : '';
  const range = found.kind === 'driver-version' ? found.range : '';
  return { message: `[${name}] is registered by ${found.pkg} ${range}, not by ${version}: its options are ignored.`, at };
}

export const unknownSection: ConfRule = {
  meta: {
    id: 'unknown-section',
    severity: 'warning',
    summary: 'A section that is no option group of magnum.conf: everything in it is ignored.',
    appliesTo: 'magnum-conf',
  },
  *check({ doc, release, capi }) {
    const catalog = catalogFor(doc, release, capi);
    for (const section of doc.sections) {
      const group = normalizeGroup(section.name);
      const kind = catalog.sectionKind(group);
      if (kind === 'driver-version' || kind === 'other-driver') {
        yield capiSectionFinding(catalog.capiSection(group)!, section.name, section.nameSpan);
        continue;
      }
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
