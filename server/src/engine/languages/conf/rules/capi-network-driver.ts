import { catalogFor } from '../catalog';
import { insertIntoGroup, replaceValue } from '../edits';
import { isMainConfig, lastEntry, sectionsOf } from '../model';
import type { ConfDocument } from '../tokenizer';
import { disabledDrivers, installedPackages, listItems, packageDrivers } from '../drivers-section';
import { packageOfGroup, versionOf, type CapiPackage, type CapiSettings } from '../../../knowledge/capi-drivers';
import { CILIUM_SINCE, cniAccepted } from '../../../knowledge/capi-cni';
import { compareReleases } from '../../../knowledge/releases';
import type { Finding, FixSpec } from '../../../core/rule';
import type { Span } from '../../../core/text';
import type { ConfRule } from '../context';

const GROUP = 'cluster_template';
const DEFAULT_KEY = 'kubernetes_default_network_driver';
const ALLOWED_KEY = 'kubernetes_allowed_network_drivers';

interface Reader {
  pkg: CapiPackage;
  version: string;
  accepts: string[];
  failure?: string;
}

/** The installed, not wholly disabled Cluster API packages whose answering version reads network_driver. */
function readers(doc: ConfDocument, capi: CapiSettings | undefined): Reader[] {
  const disabled = disabledDrivers(doc);
  return installedPackages(doc, capi).flatMap((pkg): Reader[] => {
    if ([...packageDrivers([pkg], capi).keys()].every((d) => disabled.has(d))) return [];
    const { version } = versionOf(pkg, capi);
    const cni = cniAccepted(pkg, version);
    return cni ? [{ pkg, version, ...cni }] : [];
  });
}

const or = (values: string[]) => values.join(' or ');

function consequence(r: Reader): string {
  return r.failure
    ? `${r.pkg} ${r.version} refuses it when the cluster is created (${r.failure}; it takes ${or(r.accepts)})`
    : `${r.pkg} ${r.version} hands it to its Helm chart as the CNI, which takes ${or(r.accepts)} only`;
}

/** Where a finding about an option the file does not set goes: [cluster_template], else the first Cluster API section. */
function anchor(doc: ConfDocument): Span {
  return sectionsOf(doc, GROUP)[0]?.nameSpan ?? doc.sections.find((s) => packageOfGroup(s.name.toLowerCase()))?.nameSpan ?? { start: 0, end: 0 };
}

function setOption(doc: ConfDocument, key: string, value: string, preferred = true): FixSpec {
  const entry = lastEntry(doc, GROUP, key);
  return { title: `Set [${GROUP}] ${key} = ${value}`, edits: [entry ? replaceValue(entry, value) : insertIntoGroup(doc, GROUP, [`${key} = ${value}`])], preferred };
}

/** The network drivers every reader takes, calico first: it is in Magnum's default allowed list. */
function usableBy(found: Reader[]): string[] {
  return found[0].accepts.filter((v) => found.every((r) => r.accepts.includes(v))).sort((a, b) => Number(b === 'calico') - Number(a === 'calico'));
}

/** The option's value as Magnum reads it: the file's last entry, else (in a main config) the release's default. */
function valueOf(doc: ConfDocument, release: string, capi: CapiSettings | undefined, key: string): { value: unknown; set: boolean } | undefined {
  const entry = lastEntry(doc, GROUP, key);
  if (entry) return { value: entry.value.trim(), set: true };
  const found = catalogFor(doc, release, capi).lookup(GROUP, key);
  return isMainConfig(doc) && found.kind === 'option' ? { value: found.info.default, set: false } : undefined;
}

function* defaultFinding(doc: ConfDocument, release: string, capi: CapiSettings | undefined, found: Reader[], allowed: string[]): Generator<Finding> {
  const current = valueOf(doc, release, capi, DEFAULT_KEY);
  if (!current || typeof current.value !== 'string') return;
  const value = current.value;
  const refusing = found.filter((r) => !r.accepts.includes(value));
  if (!refusing.length) return;
  const good = usableBy(found);
  const choice = good.find((v) => allowed.includes(v) || allowed.includes('all')) ?? good[0];
  const entry = lastEntry(doc, GROUP, DEFAULT_KEY);
  yield {
    message: `[${GROUP}] ${DEFAULT_KEY} ${current.set ? `is ${value}` : `is not set, so it is Magnum's default ${value}`}: every cluster template created `
      + `without --network-driver gets it, and ${refusing.map(consequence).join('; ')}.`,
    at: entry ? entry.valueSpan : anchor(doc),
    fixes: choice ? [setOption(doc, DEFAULT_KEY, choice)] : [],
  };
}

function* allowedFindings(doc: ConfDocument, release: string, found: Reader[], allowed: string[], set: boolean): Generator<Finding> {
  if (allowed.includes('all')) return;
  const entry = lastEntry(doc, GROUP, ALLOWED_KEY);
  const at = entry ? entry.valueSpan : anchor(doc);
  const add = (value: string, preferred = true) => setOption(doc, ALLOWED_KEY, [...allowed, value].join(','), preferred);
  const usable = usableBy(found);
  const packages = found.map((r) => `${r.pkg} ${r.version}`).join(' and ');
  const shown = `[${GROUP}] ${ALLOWED_KEY} ${set ? '' : "(Magnum's default) "}is ${allowed.join(',') || 'empty'}`;
  if (!usable.some((v) => allowed.includes(v))) {
    yield {
      message: `${shown}: it allows none of ${or(usable)}, the network drivers ${packages} take. Magnum refuses a cluster template naming them ("not allowed", HTTP 400), and a cluster of any other fails.`,
      at,
      fixes: usable.length ? [add(usable[0])] : [],
    };
  } else if (usable.includes('cilium') && !allowed.includes('cilium') && compareReleases(release, CILIUM_SINCE) >= 0) {
    yield {
      message: `${shown}: a cluster template with --network-driver cilium, which ${packages} support, is refused ("not allowed", HTTP 400) until cilium is added.`,
      at,
      severity: 'hint',
      fixes: [add('cilium', false)],
    };
  }
}

export const capiNetworkDriver: ConfRule = {
  meta: {
    id: 'capi-network-driver',
    severity: 'warning',
    summary: "Magnum's network driver settings (flannel by default) break the Cluster API driver installed.",
    appliesTo: 'magnum-conf',
  },
  *check({ doc, release, capi }) {
    const found = readers(doc, capi);
    if (!found.length) return;
    const allowedNow = valueOf(doc, release, capi, ALLOWED_KEY);
    const allowed = allowedNow ? (Array.isArray(allowedNow.value) ? allowedNow.value.map(String) : listItems(String(allowedNow.value))) : undefined;
    yield* defaultFinding(doc, release, capi, found, allowed ?? []);
    if (allowed && allowedNow) yield* allowedFindings(doc, release, found, allowed, allowedNow.set);
  },
};
