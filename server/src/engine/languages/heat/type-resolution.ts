/** What a resource's `type` names, for the checks that need its schema. */
import { isTemplateReference } from '../../core/host';
import { typeSchema, type HeatResourceTypeInfo } from '../../knowledge/heat-schema';
import { GLOBAL_TYPE_ALIASES } from '../../knowledge/hot-versions';
import { aliasRealTypes, magnumAlias } from '../../knowledge/magnum-aliases';

export type ResolvedType =
  /** A type Heat registers in the release (possibly behind an alias that has only this real type). */
  | { kind: 'known'; name: string; info: HeatResourceTypeInfo }
  /** A nested template (file or URL), or an alias to one. */
  | { kind: 'template' }
  /** An environment alias whose real type is not one fixed type (Magnum's switchers, LBaaS or Octavia). */
  | { kind: 'alias' }
  /** A type name Heat of the release does not register. */
  | { kind: 'unknown'; name: string };

/** Heat's global environment: `OS::Quantum*` -> `OS::Neutron*` and a few renamed alarms. */
function globalAlias(type: string): string | undefined {
  if (Object.hasOwn(GLOBAL_TYPE_ALIASES, type)) return GLOBAL_TYPE_ALIASES[type];
  for (const [pattern, target] of Object.entries(GLOBAL_TYPE_ALIASES)) {
    if (pattern.endsWith('*') && type.startsWith(pattern.slice(0, -1))) return target.slice(0, -1) + type.slice(pattern.length - 1);
  }
  return undefined;
}

export function resolveResourceType(type: string, release: string): ResolvedType {
  if (isTemplateReference(type)) return { kind: 'template' };
  const alias = magnumAlias(type);
  if (alias || type.startsWith('Magnum::')) {
    const real = aliasRealTypes(type);
    if (real.length === 1) return resolveResourceType(real[0], release);
    return alias?.files?.length && real.length === 0 ? { kind: 'template' } : { kind: 'alias' };
  }
  const global = globalAlias(type);
  if (global !== undefined) return resolveResourceType(global, release);
  const info = typeSchema(type, release);
  return info ? { kind: 'known', name: type, info } : { kind: 'unknown', name: type };
}
