import data from '../../../../schemas/hot-versions.json';

export interface HotVersionInfo {
  value: string;
  aliasOf?: string;
  openstackRelease?: string;
  sections: string[];
  functions: string[];
  conditionFunctions: string[];
  conditionsSupported: boolean;
}

const versions = data.versions as HotVersionInfo[];
const newestFunctions = new Set(versions.flatMap((v) => v.functions));

export const PSEUDO_PARAMETERS: readonly string[] = data.pseudoParameters;

export function hotVersion(value: string | undefined): HotVersionInfo | undefined {
  return versions.find((v) => v.value === value);
}

/** Function names of the version, or of any version when the version is unknown. */
export function functionNames(version: HotVersionInfo | undefined): (name: string) => boolean {
  if (!version) return (name) => newestFunctions.has(name);
  const names = new Set(version.functions);
  return (name) => names.has(name);
}
