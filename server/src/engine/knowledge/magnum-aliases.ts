import common from '../../../../schemas/magnum.json';
import { lastIn, type ReleaseRange } from './release-range';

/** A resource type Magnum's shared environments map to real types or to nested template files. */
export interface MagnumAlias extends ReleaseRange {
  /** Real resource types it maps to (OS::Heat::None when the feature is off). */
  types?: string[];
  /** Nested templates it maps to, relative to drivers/common/templates. */
  files?: string[];
  /** First and last release mapping it (the range read the older way). */
  from: string;
  to: string;
}

const aliases = common.aliases as unknown as Record<string, MagnumAlias>;
for (const alias of Object.values(aliases)) Object.assign(alias, { from: alias.since, to: lastIn(alias) ?? 'master' });

export const NONE_TYPE = 'OS::Heat::None';

/** File names of Magnum's shared environments (drivers/common/templates/environments). */
export const MAGNUM_ENVIRONMENTS: readonly string[] = common.environments;

export function magnumAlias(type: string): MagnumAlias | undefined {
  return Object.hasOwn(aliases, type) ? aliases[type] : undefined;
}

/** The real types an alias stands for when its feature is on (OS::Heat::None left out). */
export function aliasRealTypes(type: string): string[] {
  return (magnumAlias(type)?.types ?? []).filter((t) => t !== NONE_TYPE);
}
