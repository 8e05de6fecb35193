/**
 * The labels one driver reads, however its knowledge is kept: the Cluster API drivers per package
 * version (capi-labels), the Heat-era k8s_fedora_coreos_v1 from its Heat parameters (cluster-labels).
 */
import { capiOptionIn, capiOption, versionOf, type CapiPackage, type CapiSettings } from '../knowledge/capi-drivers';
import { capiLabel, capiLabelNames, type CapiLabel } from '../knowledge/capi-labels';
import { HEAT_LABELS_DRIVER, heatLabel, heatLabelNames } from '../knowledge/cluster-labels';
import { RELEASES } from '../knowledge/releases';
import { capiPackageOf } from './drivers';

/** How a driver turns a label's text into a value (see label-values.ts). */
export type ParseKind = 'text' | 'helm-text' | 'csv' | 'bool-lenient' | 'bool-strict' | 'int-lenient' | 'int-strict' | 'true-literal' | 'no-string' | 'heat-boolean' | 'heat-number';

export interface LabelInfo {
  name: string;
  /** Who reads it, for messages and hovers: "magnum-cluster-api v0.38.1", "k8s_fedora_coreos_v1 (Heat)". */
  reader: string;
  kinds: ParseKind[];
  /** A literal default, when the driver has one. */
  defaultValue?: string | number | boolean;
  /** The default as text, for messages: a literal, or where it comes from. */
  defaultText?: string;
  meaning?: string;
  since?: string;
  /** The driver cannot work without it (no default). */
  required?: boolean;
  /** Read from the template's labels only, or the cluster's only. */
  scope?: string;
}

export interface DriverLabels {
  driver: string;
  reader: string;
  package?: CapiPackage;
  names(): string[];
  get(name: string): LabelInfo | undefined;
}

const HELM_KINDS: Record<string, ParseKind> = { string: 'helm-text', bool: 'bool-lenient', int: 'int-lenient', csv: 'csv' };
const MCAPI_KINDS: Record<string, ParseKind> = {
  string: 'text', 'bool-strict': 'bool-strict', 'bool-strict+service-catalog': 'bool-strict', int: 'int-strict',
  'rust-string': 'text', 'rust-string-required': 'text', 'rust-bool': 'no-string', 'rust-true-literal': 'true-literal',
};

function capiKinds(pkg: CapiPackage, parse: string | string[]): ParseKind[] {
  const table = pkg === 'magnum-capi-helm' ? HELM_KINDS : MCAPI_KINDS;
  const kinds = (Array.isArray(parse) ? parse : [parse]).map((p) => table[p] ?? table[p.split(' ')[0]] ?? 'text');
  return [...new Set(kinds)];
}

/** `CONF.group.option` defaults name a magnum.conf option; say so, with that option's own default. */
function capiDefault(pkg: CapiPackage, version: string, def: unknown): Pick<LabelInfo, 'defaultValue' | 'defaultText'> {
  if (def === undefined) return {};
  if (typeof def !== 'object' || def === null) return { defaultValue: def as string, defaultText: String(def) };
  const expression = String((def as { expression?: unknown }).expression ?? '');
  const conf = /^CONF\.(\w+)\.(\w+)$/.exec(expression.trim());
  if (!conf) return { defaultText: 'computed by the driver' };
  const option = capiOption(pkg, conf[1], conf[2]);
  const value = option ? capiOptionIn(pkg, option, version).default : undefined;
  return {
    ...(value !== undefined && typeof value !== 'object' ? { defaultValue: value as string } : {}),
    defaultText: `[${conf[1]}] ${conf[2]} in magnum.conf${value !== undefined ? `, ${JSON.stringify(value)} unless set` : ''}`,
  };
}

function capiInfo(pkg: CapiPackage, version: string, name: string, label: CapiLabel): LabelInfo {
  const kinds = capiKinds(pkg, label.parse);
  const parses = Array.isArray(label.parse) ? label.parse : [label.parse];
  const scopes = Array.isArray(label.scope) ? label.scope : [label.scope];
  return {
    name,
    reader: `${pkg} ${version}`,
    kinds,
    ...capiDefault(pkg, version, label.default),
    meaning: label.meaning,
    since: label.firstTag ?? label.since,
    required: parses.includes('rust-string-required') || undefined,
    scope: scopes.join('; '),
  };
}

function capiLabels(driver: string, pkg: CapiPackage, capi: CapiSettings | undefined): DriverLabels {
  const { version } = versionOf(pkg, capi);
  const reader = `${pkg} ${version}`;
  return {
    driver,
    reader,
    package: pkg,
    names: () => capiLabelNames(pkg, version),
    get(name) {
      const label = capiLabel(pkg, name, version);
      return label && capiInfo(pkg, version, name, label);
    },
  };
}

const HEAT_KINDS: Record<string, ParseKind> = { boolean: 'heat-boolean', number: 'heat-number' };

function heatLabels(release: string): DriverLabels {
  const reader = `${HEAT_LABELS_DRIVER} (Heat)`;
  const readIn = (name: string) => {
    const label = heatLabel(name);
    return label && RELEASES.indexOf(release) <= RELEASES.indexOf(label.last) ? label : undefined;
  };
  return {
    driver: HEAT_LABELS_DRIVER,
    reader,
    names: () => heatLabelNames().filter((n) => readIn(n)),
    get(name) {
      const label = readIn(name);
      if (!label) return undefined;
      return {
        name,
        reader,
        kinds: [HEAT_KINDS[label.type ?? ''] ?? 'text'],
        ...(label.default !== undefined ? { defaultValue: label.default, defaultText: String(label.default) } : {}),
        meaning: label.type ? `Heat parameter of type ${label.type}` : 'read by the driver code',
      };
    },
  };
}

/** The labels a driver reads; undefined when there is no label knowledge for it. */
export function driverLabels(driver: string, release: string, capi?: CapiSettings): DriverLabels | undefined {
  const pkg = capiPackageOf(driver);
  if (pkg) return capiLabels(driver, pkg, capi);
  return driver === HEAT_LABELS_DRIVER ? heatLabels(release) : undefined;
}
