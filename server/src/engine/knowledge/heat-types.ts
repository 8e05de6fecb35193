import { typeSchema, type HeatPropertyInfo, type HeatResourceTypeInfo } from './heat-schema';
import { aliasRealTypes } from './magnum-aliases';

export type { HeatPropertyInfo, HeatResourceTypeInfo };

/**
 * The real type behind a Magnum alias (from Magnum's environments, e.g. Magnum::Optional::Cinder::Volume
 * -> OS::Cinder::Volume); a supported one first when the environments offer several. Other types map to themselves.
 */
export function canonicalResourceType(type: string, release?: string): string {
  const real = aliasRealTypes(type);
  const supported = (t: string) => { const info = typeSchema(t, release); return info !== undefined && info.status === undefined; };
  return real.find(supported) ?? real[0] ?? type;
}

/** The type's schema in a release (default: the newest), through Magnum's aliases. */
export function resourceType(type: string | undefined, release?: string): HeatResourceTypeInfo | undefined {
  if (type === undefined) return undefined;
  return typeSchema(canonicalResourceType(type, release), release);
}

export function isCinderVolumeType(type: string | undefined): boolean {
  return type !== undefined && canonicalResourceType(type) === 'OS::Cinder::Volume';
}
