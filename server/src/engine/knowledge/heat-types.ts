import data from '../../../../schemas/heat-resource-types.json';

export interface HeatPropertyInfo {
  type: string;
  required?: boolean;
  /** The HOT parameter type that carries a value of this property. */
  parameterType?: string;
}

export interface HeatResourceTypeInfo {
  status?: string;
  since?: string;
  properties: Record<string, HeatPropertyInfo>;
  attributes: string[];
}

const types = data as unknown as Record<string, HeatResourceTypeInfo>;

/** Magnum's environments map these aliases to the real types (or to OS::Heat::None). */
const MAGNUM_ALIASES: Record<string, string> = {
  'Magnum::Optional::Cinder::Volume': 'OS::Cinder::Volume',
  'Magnum::Optional::Cinder::VolumeAttachment': 'OS::Cinder::VolumeAttachment',
  'Magnum::Optional::Etcd::Volume': 'OS::Cinder::Volume',
  'Magnum::Optional::Etcd::VolumeAttachment': 'OS::Cinder::VolumeAttachment',
  'Magnum::Optional::Neutron::Net': 'OS::Neutron::Net',
  'Magnum::Optional::Neutron::Subnet': 'OS::Neutron::Subnet',
  'Magnum::Optional::Neutron::Router': 'OS::Neutron::Router',
  'Magnum::Optional::Neutron::RouterInterface': 'OS::Neutron::RouterInterface',
  'Magnum::Optional::Neutron::FloatingIP': 'OS::Neutron::FloatingIP',
  'Magnum::Optional::Neutron::LBaaS::FloatingIP': 'OS::Neutron::FloatingIP',
  'Magnum::Optional::KubeMaster::Neutron::FloatingIP': 'OS::Neutron::FloatingIP',
  'Magnum::Optional::KubeMinion::Neutron::FloatingIP': 'OS::Neutron::FloatingIP',
};

export function canonicalResourceType(type: string): string {
  return MAGNUM_ALIASES[type] ?? type;
}

export function resourceType(type: string | undefined): HeatResourceTypeInfo | undefined {
  if (type === undefined) return undefined;
  const canonical = canonicalResourceType(type);
  return Object.hasOwn(types, canonical) ? types[canonical] : undefined;
}

export function isCinderVolumeType(type: string | undefined): boolean {
  return type !== undefined && canonicalResourceType(type) === 'OS::Cinder::Volume';
}
