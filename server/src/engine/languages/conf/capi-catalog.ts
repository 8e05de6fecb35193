/**
 * The Cluster API drivers' groups in magnum.conf, for the catalog: which package and version answers
 * for a group, and each option as a ConfOptionInfo the generic rules, hovers and completion read.
 */
import {
  capiOption, capiOptionIn, capiOptionsIn, capiPackage, groupInVersion, groupRange, olderOption, packageOfGroup,
  selectedPackages, versionOf, versionRange, type CapiOption, type CapiPackage, type CapiSettings,
} from '../../knowledge/capi-drivers';
import type { ConfOptionInfo } from '../../knowledge/conf-options';

export type CapiSectionKind =
  | { kind: 'known'; pkg: CapiPackage; version: string }
  /** The group is the driver's, but not in the version that answers. */
  | { kind: 'driver-version'; pkg: CapiPackage; version: string; range: string }
  /** The group belongs to the package `capiDriver` does not name. */
  | { kind: 'other-driver'; pkg: CapiPackage; selected: CapiPackage };

export type CapiLookup =
  | { kind: 'option'; info: ConfOptionInfo }
  | { kind: 'alias'; group: string; name: string; info: ConfOptionInfo; alias: { group: string; name: string } }
  /** An option of other versions of the driver only. */
  | { kind: 'driver-version'; pkg: CapiPackage; version: string; range: string; newer: boolean }
  | { kind: 'unknown' };

export class CapiCatalog {
  constructor(readonly settings: CapiSettings | undefined, private readonly release: string) {}

  private answering(pkg: CapiPackage): { version: string; chosen: boolean } {
    return versionOf(pkg, this.settings);
  }

  section(group: string): CapiSectionKind | undefined {
    const pkg = packageOfGroup(group);
    if (!pkg) return undefined;
    if (!selectedPackages(this.settings).includes(pkg)) return { kind: 'other-driver', pkg, selected: this.settings!.capiDriver! };
    const { version } = this.answering(pkg);
    if (groupInVersion(pkg, group, version)) return { kind: 'known', pkg, version };
    return { kind: 'driver-version', pkg, version, range: versionRange(pkg, groupRange(pkg, group)!) };
  }

  /** Groups of the installed drivers at their versions. */
  groups(): string[] {
    return selectedPackages(this.settings).flatMap((pkg) => Object.keys(capiPackage(pkg).groups)
      .filter((g) => groupInVersion(pkg, g, this.answering(pkg).version)));
  }

  /** The option as the rules see it: the answering version's facts, valid for the release in force. */
  private view(pkg: CapiPackage, option: CapiOption): ConfOptionInfo {
    const { version, chosen } = this.answering(pkg);
    const o = capiOptionIn(pkg, option, version);
    return {
      type: o.type, default: o.default, choices: o.choices, secret: o.secret, format: o.format, summary: o.summary,
      since: this.release,
      driver: { package: pkg, version, chosen, range: versionRange(pkg, o), unread: o.unread },
    };
  }

  options(group: string): Array<{ name: string; info: ConfOptionInfo }> {
    const found = this.section(group);
    if (found?.kind !== 'known') return [];
    return capiOptionsIn(found.pkg, group, found.version).map(([name, o]) => ({ name, info: this.view(found.pkg, o) }));
  }

  lookup(group: string, key: string): CapiLookup {
    const found = this.section(group);
    if (found?.kind !== 'known') return { kind: 'unknown' };
    const { pkg, version } = found;
    const current = capiOptionsIn(pkg, group, version);
    const own = current.find(([name]) => name === key);
    if (own) return { kind: 'option', info: this.view(pkg, own[1]) };
    for (const g of Object.keys(capiPackage(pkg).groups)) {
      for (const [name, o] of capiOptionsIn(pkg, g, version)) {
        const alias = o.aliases?.find((a) => a.group === group && a.name === key);
        if (alias) return { kind: 'alias', group: g, name, info: this.view(pkg, o), alias };
      }
    }
    const other = capiOption(pkg, group, key) ?? olderOption(pkg, group, key);
    if (!other) return { kind: 'unknown' };
    const versions = capiPackage(pkg).versions;
    const newer = versions.indexOf(other.since) > versions.indexOf(version);
    const range = versions.includes(other.since) ? versionRange(pkg, other) : `${other.since} – ${other.last}`;
    return { kind: 'driver-version', pkg, version, range, newer };
  }
}
