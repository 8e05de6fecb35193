/**
 * The cluster labels each Cluster API driver version reads, from schemas/capi-labels.json (generated
 * by scripts/knowledge/capi.mjs): how the value is parsed, where it is read from, and its default.
 * The cluster-template rules of the shell / Terraform / Heat front ends build on this.
 */
import data from '../../../../schemas/capi-labels.json';
import { addVersionLifetime, CAPI_PACKAGES, capiVersions, inVersion, versionOrder, type CapiPackage } from './capi-drivers';
import { rangeHolding, type ReleaseRange } from './release-range';

export interface CapiLabel {
  /** Parser kind(s), see PARSE_BEHAVIOUR. magnum-cluster-api may read one label in several places. */
  parse: string | string[];
  /** Where the value is taken from (template labels, cluster labels, node group labels). */
  scope: string | string[];
  /** A literal default, or `{ expression }` when the code computes it (e.g. from a [capi_helm_cluster_labels] option). */
  default?: unknown;
  meaning?: string;
  /** The chart value it feeds (magnum-capi-helm). */
  chartValue?: string;
  /** The first tag of all (magnum-cluster-api), when older than the versions read in full. */
  firstTag?: string;
  /** The versions reading it: `since` up to `until`; `last` and `removedIn` read the same the older way. */
  since: string;
  until?: string;
  last?: string;
  removedIn?: string;
  history?: Array<ReleaseRange & { attrs: Partial<Pick<CapiLabel, 'parse' | 'scope' | 'default'>> }>;
}

/** What each parser kind does with a label's text, in our words. */
export const PARSE_BEHAVIOUR: Record<string, string> = {
  string: 'taken as text (magnum-capi-helm drops characters outside letters, digits, space and . - / _ without a word)',
  bool: 'read with oslo\'s bool_from_string, not strict: text it does not know silently gives the default',
  int: 'int(); text that is no integer silently gives the default',
  csv: 'split on commas, each item stripped and filtered, empty items dropped',
  'bool-strict': 'must be 1/t/true/on/y/yes or 0/f/false/off/n/no, anything else fails the cluster',
  'bool-strict+service-catalog': 'strict boolean as bool-strict, and the service must also be in the Keystone catalog',
  'rust-string': 'text read by the Rust extension, with a default',
  'rust-string-required': 'read by the Rust extension with no default: a missing label fails cluster create and delete',
  'rust-bool': 'a boolean field of the Rust extension: a string label cannot fill it',
  'rust-true-literal': 'only the text "true" (any case) enables it',
};

/** The behaviour of a parser kind; kinds with a note, like `string (KeyError if missing)`, by their first word. */
export function parseBehaviour(kind: string): string | undefined {
  return PARSE_BEHAVIOUR[kind] ?? PARSE_BEHAVIOUR[kind.split(' ')[0]];
}

const packages = data.packages as unknown as Record<CapiPackage, { versions: string[]; labels: Record<string, CapiLabel> }>;
for (const p of CAPI_PACKAGES) Object.values(packages[p].labels).forEach((l) => addVersionLifetime(p, l));

/** The label as a version reads it; undefined when the version does not read it. */
export function capiLabel(name: CapiPackage, label: string, version?: string): CapiLabel | undefined {
  const labels = packages[name].labels;
  if (!Object.hasOwn(labels, label)) return undefined;
  const info = labels[label];
  const v = version ?? capiVersions(name)[capiVersions(name).length - 1];
  if (!inVersion(name, info, v)) return undefined;
  const change = rangeHolding(info.history, v, versionOrder(name));
  return change ? { ...info, ...change.attrs } : info;
}

/** Every label a version reads. */
export function capiLabelNames(name: CapiPackage, version?: string): string[] {
  return Object.keys(packages[name].labels).filter((l) => capiLabel(name, l, version) !== undefined);
}
