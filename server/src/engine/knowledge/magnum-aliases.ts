import data from '../../../../schemas/magnum-aliases.json';

/** A resource type Magnum's shared environments map to real types or to nested template files. */
export interface MagnumAlias {
  /** Real resource types it maps to (OS::Heat::None when the feature is off). */
  types?: string[];
  /** Nested templates it maps to, relative to drivers/common/templates. */
  files?: string[];
  from: string;
  to: string;
}

const aliases = data.aliases as Record<string, MagnumAlias>;

export const NONE_TYPE = 'OS::Heat::None';

/** File names of Magnum's shared environments (drivers/common/templates/environments). */
export const MAGNUM_ENVIRONMENTS: readonly string[] = data.environments;

export function magnumAlias(type: string): MagnumAlias | undefined {
  return Object.hasOwn(aliases, type) ? aliases[type] : undefined;
}

/** The real types an alias stands for when its feature is on (OS::Heat::None left out). */
export function aliasRealTypes(type: string): string[] {
  return (magnumAlias(type)?.types ?? []).filter((t) => t !== NONE_TYPE);
}
