/** One line on what a resource type is, in our words. Types not listed get a line built from the service name. */
const SUMMARIES: Record<string, string> = {
  'OS::Nova::Server': 'A virtual machine (or bare-metal node through Ironic) booted by Nova.',
  'OS::Nova::ServerGroup': 'A Nova server group: an affinity or anti-affinity policy for placing servers.',
  'OS::Nova::KeyPair': 'An SSH key pair registered with Nova for logging in to servers.',
  'OS::Neutron::Net': 'A Neutron network.',
  'OS::Neutron::Subnet': 'An IP address range (with DHCP and DNS settings) on a Neutron network.',
  'OS::Neutron::Router': 'A Neutron router connecting subnets to each other and to an external network.',
  'OS::Neutron::RouterInterface': 'Attaches a subnet or port to a Neutron router.',
  'OS::Neutron::SecurityGroup': 'A Neutron security group: the firewall rules applied to the ports that use it.',
  'OS::Neutron::SecurityGroupRule': 'One rule added to an existing Neutron security group.',
  'OS::Neutron::Port': 'A Neutron port: a server\'s attachment point to a network, with its addresses and security groups.',
  'OS::Neutron::FloatingIP': 'A public address from an external network, mapped to a port.',
  'OS::Octavia::LoadBalancer': 'An Octavia load balancer (the virtual IP in front of a pool).',
  'OS::Octavia::Listener': 'A protocol and port on which an Octavia load balancer accepts traffic.',
  'OS::Octavia::Pool': 'The group of backend members an Octavia listener forwards to.',
  'OS::Octavia::PoolMember': 'One backend address and port in an Octavia pool.',
  'OS::Octavia::HealthMonitor': 'Checks the health of the members of an Octavia pool.',
  'OS::Cinder::Volume': 'A Cinder block storage volume.',
  'OS::Cinder::VolumeAttachment': 'Attaches a Cinder volume to a server at a device path.',
  'OS::Heat::ResourceGroup': 'Creates `count` copies of one resource definition (often a nested template), indexed from 0.',
  'OS::Heat::SoftwareConfig': 'A script or configuration to be run on servers by a software deployment or user data.',
  'OS::Heat::SoftwareDeployment': 'Runs a software configuration on one server and waits for its result.',
  'OS::Heat::SoftwareDeploymentGroup': 'Runs a software configuration on several servers.',
  'OS::Heat::MultipartMime': 'Combines several configurations into one multipart cloud-init user data.',
  'OS::Heat::RandomString': 'Generates a random string (passwords, tokens) once per stack.',
  'OS::Heat::WaitCondition': 'Waits until servers signal success (or failure) through a wait handle.',
  'OS::Heat::WaitConditionHandle': 'The URL/token a server uses to signal a wait condition.',
  'OS::Heat::None': 'A placeholder that creates nothing; Magnum maps optional resources to it to switch them off.',
  'OS::Heat::Value': 'Holds a computed value that other resources and outputs can read.',
  'OS::Magnum::ClusterTemplate': 'A Magnum cluster template: COE, image, flavors, network and storage settings for clusters.',
  'OS::Magnum::Cluster': 'A Magnum cluster (Kubernetes or Swarm) created from a cluster template.',
};

const SERVICES: Record<string, string> = {
  Nova: 'compute', Neutron: 'networking', Cinder: 'block storage', Heat: 'orchestration', Octavia: 'load balancing',
  Magnum: 'container infrastructure', Glance: 'image', Keystone: 'identity', Swift: 'object storage', Barbican: 'key manager',
};

export function resourceTypeSummary(type: string): string {
  if (SUMMARIES[type]) return SUMMARIES[type];
  const [, service] = /^(?:OS|AWS)::([A-Za-z]+)::/.exec(type) ?? [];
  return service ? `A resource of the ${service}${SERVICES[service] ? ` (${SERVICES[service]})` : ''} service.` : 'A Heat resource type.';
}
