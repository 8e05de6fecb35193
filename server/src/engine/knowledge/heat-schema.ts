/** Heat resource type schemas per OpenStack release (schemas/heat-resource-types.json). */
import data from '../../../../schemas/heat-resource-types.json';
import { inRange, namesIn, type ReleaseRange } from './release-range';
import { DEVELOPMENT_RELEASE, NEWEST_RELEASE, RELEASES } from './releases';

export interface HeatPropertyInfo {
  /** String, Integer, Number, Boolean, List, Map or Any. */
  type: string;
  required?: boolean;
  default?: unknown;
  updatable?: boolean;
  immutable?: boolean;
  notImplemented?: boolean;
  allowed?: unknown[];
  /** Every integer in [lo, hi] is allowed too. */
  allowedIntRange?: [number, number];
  range?: { min?: number; max?: number };
  length?: { min?: number; max?: number };
  pattern?: string;
  modulo?: { step: number; offset: number };
  /** A custom constraint name (e.g. nova.flavor, net_cidr). */
  custom?: string;
  /** Support status when not plain SUPPORTED (DEPRECATED, HIDDEN, UNSUPPORTED), and the Heat version it has since. */
  status?: string;
  since?: string;
  /** The Heat version that first supported it. */
  introduced?: string;
  /** Keys of a Map, or `*` for every item of a List. */
  schema?: Record<string, HeatPropertyInfo>;
  /** The HOT parameter type that carries a value of this property. */
  parameterType?: string;
}

export interface HeatResourceTypeInfo {
  status?: string;
  since?: string;
  introduced?: string;
  /** get_attr accepts names beyond `attributes` (ResourceGroup `resource.N`, OS::Heat::None ...). */
  dynamicAttributes?: boolean;
  /** A placeholder (OS::Heat::None and what derives from it): properties are not validated. */
  anyProperties?: boolean;
  /** deletion_policy Snapshot is supported. */
  snapshot?: boolean;
  properties: Record<string, HeatPropertyInfo>;
  attributes: string[];
  /** The keys update_policy takes (absent: none, Heat refuses every key). */
  updatePolicy?: Record<string, HeatPropertyInfo>;
}

type Variant = HeatResourceTypeInfo & { in: ReleaseRange[] };

const holdsIn = (v: Variant, release: string) => v.in.some((r) => inRange(r, release));

const variants = data.types as unknown as Record<string, Variant[]>;
const parameterTypes = data.parameterTypes as Record<string, string>;
const heatVersions = data.heatVersions as Record<string, string>;

function addParameterTypes(properties: Record<string, HeatPropertyInfo>): void {
  for (const p of Object.values(properties)) {
    p.parameterType = parameterTypes[p.type];
    if (p.schema) addParameterTypes(p.schema);
  }
}
for (const list of Object.values(variants)) for (const v of list) addParameterTypes(v.properties);

// Heat's facts end at the newest stable release, which also answers for master.
const knownRelease = (release: string | undefined) => (release && RELEASES.includes(release) && release !== DEVELOPMENT_RELEASE ? release : NEWEST_RELEASE);

/** The type's schema in a release (default: the newest); undefined when Heat of that release has no such type. */
export function typeSchema(name: string, release?: string): HeatResourceTypeInfo | undefined {
  if (!Object.hasOwn(variants, name)) return undefined;
  const wanted = knownRelease(release);
  return variants[name].find((v) => holdsIn(v, wanted));
}

/** Every type Heat registers in a release. */
export function typeNames(release?: string): string[] {
  const wanted = knownRelease(release);
  return Object.keys(variants).filter((name) => variants[name].some((v) => holdsIn(v, wanted)));
}

/** The releases (oldest first) whose Heat registers the type. */
export function typeReleases(name: string): string[] {
  if (!Object.hasOwn(variants, name)) return [];
  return namesIn(variants[name].flatMap((v) => v.in)).filter((r) => r !== DEVELOPMENT_RELEASE);
}

/** `12.0.0 (Stein)` for a Heat version number. */
export function describeHeatVersion(version: string): string {
  const release = heatVersions[version];
  return release ? `${version} (${release})` : version;
}

/** The schema of a property path inside a resource's properties: list indexes step into `*`. */
export function propertyAt(info: HeatResourceTypeInfo, path: ReadonlyArray<string | number>): HeatPropertyInfo | undefined {
  let schema: Record<string, HeatPropertyInfo> | undefined = info.properties;
  let found: HeatPropertyInfo | undefined;
  for (const step of path) {
    found = typeof step === 'number' ? schema?.['*'] : schema && Object.hasOwn(schema, step) ? schema[step] : undefined;
    if (!found) return undefined;
    schema = found.schema;
  }
  return found;
}

/** The oldest release whose Heat knows the type, or the property at `path` inside it. */
export function firstReleaseWith(typeName: string, path: ReadonlyArray<string | number> = []): string | undefined {
  return RELEASES.find((release) => {
    const info = typeSchema(typeName, release);
    return info !== undefined && (path.length === 0 || propertyAt(info, path) !== undefined);
  });
}

const namespaceOf = (type: string) => type.split('::').slice(0, 2).join('::');
let namespaces: Set<string> | undefined;

/** Whether the type is named under a namespace Heat itself uses (`OS::Nova`, `AWS::EC2`...) in some release. */
export function isHeatNamespace(type: string): boolean {
  namespaces ??= new Set([...Object.keys(variants), 'OS::Quantum::', 'OS::Ceilometer::'].map(namespaceOf));
  return namespaces.has(namespaceOf(type));
}
