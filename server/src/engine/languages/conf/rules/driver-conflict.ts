import { catalogFor } from '../catalog';
import { insertIntoGroup, replaceValue } from '../edits';
import { lastEntry, sectionsOf } from '../model';
import type { ConfDocument } from '../tokenizer';
import { packageOfGroup, type CapiPackage } from '../../../knowledge/capi-drivers';
import { disabledDrivers, installedDrivers, listItems } from '../drivers-section';
import { collisions, selectionIn, type Triple } from '../../../knowledge/magnum-lifecycle';
import type { Finding, FixSpec } from '../../../core/rule';
import type { Span } from '../../../core/text';
import type { ConfRule } from '../context';

function disableFix(doc: ConfDocument, driver: string): FixSpec {
  const entry = lastEntry(doc, 'drivers', 'disabled_drivers');
  const items = listItems(entry?.value);
  const edit = entry ? replaceValue(entry, [...items, driver].join(',')) : insertIntoGroup(doc, 'drivers', [`disabled_drivers = ${driver}`]);
  return { title: `Disable ${driver} in [drivers] disabled_drivers`, edits: [edit] };
}

function howToChoose(release: string): string {
  const selection = selectionIn(release);
  const ways = [
    ...(selection.imageProperty ? ['set the Glance image property magnum_driver=<driver> on the images'] : []),
    'add the other driver to [drivers] disabled_drivers',
    ...(selection.defaultDriver ? ['name the driver in the cluster template or in [drivers] default_driver'] : []),
  ];
  return ways.join(', or ');
}

function where(doc: ConfDocument): Span {
  const entry = lastEntry(doc, 'drivers', 'disabled_drivers');
  if (entry) return entry.keySpan;
  const drivers = sectionsOf(doc, 'drivers')[0];
  if (drivers) return drivers.nameSpan;
  return doc.sections.find((s) => packageOfGroup(s.name.toLowerCase()))?.nameSpan ?? { start: 0, end: 0 };
}

function conflictFinding(doc: ConfDocument, triple: Triple, claimants: Array<[string, CapiPackage]>, release: string): Finding {
  const names = claimants.map(([d, pkg]) => `${d} (${pkg})`).join(' and ');
  const last = selectionIn(release).duplicateTriple === 'last-loaded-wins'
    ? 'Magnum keeps whichever entry point it loads last, silently: which driver builds the cluster depends on the order the packages were installed in.'
    : 'Which one Magnum picks is not defined.';
  return {
    message: `${names} both claim (${triple.serverType}, ${triple.osDistro}, ${triple.coe}) and [drivers] leaves both enabled. ${last} To choose: ${howToChoose(release)}.`,
    at: where(doc),
    fixes: claimants.map(([d]) => disableFix(doc, d)),
  };
}

export const driverConflict: ConfRule = {
  meta: {
    id: 'driver-conflict',
    severity: 'warning',
    summary: 'Two enabled drivers claim the same (server type, os_distro, COE): Magnum picks one silently.',
    appliesTo: 'magnum-conf',
  },
  *check({ doc, release, capi }) {
    const installed = installedDrivers(doc, capi);
    if (installed.size < 2) return;
    const disabled = disabledDrivers(doc);
    const catalog = catalogFor(doc, release, capi);
    const defaultDriver = catalog.lookup('drivers', 'default_driver').kind === 'option' ? lastEntry(doc, 'drivers', 'default_driver')?.value.trim() : undefined;
    for (const triple of collisions()) {
      const claimants = triple.drivers.flatMap((d): Array<[string, CapiPackage]> => {
        const pkg = installed.get(d);
        return pkg && !disabled.has(d) ? [[d, pkg]] : [];
      });
      if (new Set(claimants.map(([, pkg]) => pkg)).size < 2) continue;
      if (defaultDriver && claimants.some(([d]) => d === defaultDriver)) continue;
      yield conflictFinding(doc, triple, claimants, release);
    }
  },
};
