/** What [drivers] and the Cluster API sections of a magnum.conf say about the drivers Magnum runs. */
import { lastEntry, valueStart } from './model';
import type { ConfDocument, ConfEntry } from './tokenizer';
import { capiPackage, inVersion, isCapiPackage, packageOfGroup, selectedPackages, versionOf, type CapiPackage, type CapiSettings } from '../../knowledge/capi-drivers';
import { driversOf } from '../../knowledge/magnum-drivers';
import type { Span } from '../../core/text';

/** A ListOpt's items as oslo.config splits them (on commas, stripped, empty ones dropped). */
export const listItems = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** The items of a one-line ListOpt value with their spans; undefined for a value over several lines. */
export function listItemSpans(entry: ConfEntry): Array<{ text: string; span: Span }> | undefined {
  let offset = valueStart(entry);
  if (offset === undefined) return undefined;
  const out: Array<{ text: string; span: Span }> = [];
  for (const piece of entry.value.split(',')) {
    const text = piece.trim();
    const start = offset + piece.indexOf(text);
    if (text) out.push({ text, span: { start, end: start + text.length } });
    offset += piece.length + 1;
  }
  return out;
}

/** The Cluster API packages this Magnum runs: the one the settings name, else those whose sections the file sets. */
export function installedPackages(doc: ConfDocument, capi: CapiSettings | undefined): CapiPackage[] {
  if (capi?.capiDriver) return [capi.capiDriver];
  const found = doc.sections.map((s) => packageOfGroup(s.name.toLowerCase())).filter(isCapiPackage);
  return [...new Set(found)];
}

/** Entry points of the given packages in the versions that answer. */
export function packageDrivers(packages: readonly CapiPackage[], capi: CapiSettings | undefined): Map<string, CapiPackage> {
  const out = new Map<string, CapiPackage>();
  for (const pkg of packages) {
    const { version } = versionOf(pkg, capi);
    for (const [name, ep] of Object.entries(capiPackage(pkg).entryPoints)) if (inVersion(pkg, ep, version)) out.set(name, pkg);
  }
  return out;
}

/** Entry points of the installed packages in the versions that answer. */
export function installedDrivers(doc: ConfDocument, capi: CapiSettings | undefined): Map<string, CapiPackage> {
  return packageDrivers(installedPackages(doc, capi), capi);
}

/** The drivers `[drivers] disabled_drivers` names (the last entry is the one oslo.config uses). */
export function disabledDrivers(doc: ConfDocument): Set<string> {
  return new Set(listItems(lastEntry(doc, 'drivers', 'disabled_drivers')?.value));
}

/**
 * The driver names a release's Magnum may load: its in-tree drivers and the entry points of the
 * Cluster API packages the settings allow (both unless `capiDriver` names one), at their answering versions.
 */
export function driverNamesOf(release: string, capi: CapiSettings | undefined): Map<string, CapiPackage | 'magnum'> {
  const names = new Map<string, CapiPackage | 'magnum'>(Object.keys(driversOf(release)).map((d) => [d, 'magnum']));
  for (const [name, pkg] of packageDrivers(selectedPackages(capi), capi)) names.set(name, pkg);
  return names;
}
