import data from '../../../../schemas/hot-versions.json';
import { DEVELOPMENT_RELEASE, RELEASES } from './releases';

export interface HotVersionInfo {
  value: string;
  aliasOf?: string;
  openstackRelease?: string;
  sections: string[];
  functions: string[];
  /** Heat's implementation of each function in this version (e.g. list_join: Join or JoinMultiple). */
  implementations: Record<string, string>;
  /** CloudFormation functions whose use is an error in this version. */
  removedFunctions: string[];
  conditionFunctions: string[];
  conditionsSupported: boolean;
  resourceKeys: string[];
  outputKeys: string[];
  parameterKeys: string[];
  parameterTypes: string[];
  deletionPolicies: string[];
}

const versions = data.versions as unknown as HotVersionInfo[];
const newestFunctions = new Set(versions.flatMap((v) => v.functions));

export const PSEUDO_PARAMETERS: readonly string[] = data.pseudoParameters;

/** Every accepted heat_template_version value, oldest first (dates and release aliases interleaved). */
export const HOT_VERSION_VALUES: readonly string[] = data.accepted;

/** Types Heat's global environment maps to others (`OS::Quantum*` is a glob). */
export const GLOBAL_TYPE_ALIASES: Readonly<Record<string, string>> = data.globalTypeAliases;

export function hotVersion(value: string | undefined): HotVersionInfo | undefined {
  return versions.find((v) => v.value === value);
}

/** Function names of the version, or of any version when the version is unknown. */
export function functionNames(version: HotVersionInfo | undefined): (name: string) => boolean {
  if (!version) return (name) => newestFunctions.has(name);
  const names = new Set(version.functions);
  return (name) => names.has(name);
}

/** The oldest dated version (aliases left out) that satisfies `test`. */
export function oldestVersionWhere(test: (v: HotVersionInfo) => boolean): HotVersionInfo | undefined {
  return versions.find((v) => v.aliasOf === undefined && test(v));
}

/** Every name that is a function in some version, CloudFormation ones included. */
export function allFunctionNames(): ReadonlySet<string> {
  return newestFunctions;
}

/** The date versions, oldest first. */
export function datedVersions(): HotVersionInfo[] {
  return versions.filter((v) => v.aliasOf === undefined);
}

/** Orders OpenStack release names: the named ones are alphabetical (icehouse ... zed), then 2023.1 on. */
function releaseKey(name: string): string {
  if (name === DEVELOPMENT_RELEASE) return '~~';
  return /^\d{4}\.\d$/.test(name) ? `~${name}` : name.toLowerCase();
}

/** Whether Heat of the OpenStack release `release` accepts the version (it came with its openstackRelease). */
export function versionKnownIn(version: HotVersionInfo, release: string): boolean {
  return !version.openstackRelease || releaseKey(version.openstackRelease) <= releaseKey(release);
}

/** The newest version value Heat of an OpenStack release accepts, its alias preferred (e.g. stein -> rocky). */
export function newestVersionIn(release: string): HotVersionInfo | undefined {
  const known = versions.filter((v) => versionKnownIn(v, release));
  const newest = known.filter((v) => v.aliasOf === undefined).at(-1);
  return newest && (known.find((v) => v.aliasOf === newest.value) ?? newest);
}

/** Whether a name is an OpenStack release name, e.g. stein or 2023.1 (a common wrong heat_template_version). */
export function looksLikeRelease(name: string): boolean {
  return RELEASES.includes(name) || versions.some((v) => v.openstackRelease?.toLowerCase() === name);
}
