/**
 * The options of `openstack coe cluster template create` and `openstack coe cluster create`, as
 * python-magnumclient 4.0.0 (Debian's python3-magnumclient) declares them: the API field each
 * fills, its type and the client's default. Names, types and defaults are facts; meanings are ours.
 */
export type FlagType = 'string' | 'integer' | 'flag';

export interface CliFlag {
  /** The API field the option fills. */
  field: string;
  type: FlagType;
  /** What a `flag` option sets the field to. */
  sets?: boolean;
  /** The client's default when the option is left out. */
  default?: string | number | boolean;
  meaning: string;
}

const TEMPLATE_FLAGS: Record<string, CliFlag> = {
  '--coe': { field: 'coe', type: 'string', meaning: 'the container orchestration engine (kubernetes; swarm, swarm-mode and mesos in older releases)' },
  '--image': { field: 'image_id', type: 'string', meaning: 'the Glance image (name or id) the nodes boot; its os_distro property picks the driver' },
  '--external-network': { field: 'external_network_id', type: 'string', meaning: 'the Neutron network floating IPs and the router gateway come from' },
  '--keypair': { field: 'keypair_id', type: 'string', meaning: 'the Nova keypair installed on the nodes' },
  '--fixed-network': { field: 'fixed_network', type: 'string', meaning: 'an existing private network for the nodes (else one is created)' },
  '--fixed-subnet': { field: 'fixed_subnet', type: 'string', meaning: 'an existing subnet of the fixed network' },
  '--network-driver': { field: 'network_driver', type: 'string', meaning: 'the container network (CNI) driver; left out, Magnum uses [cluster_template] kubernetes_default_network_driver (flannel)' },
  '--volume-driver': { field: 'volume_driver', type: 'string', meaning: 'the persistent volume driver (cinder for kubernetes)' },
  '--dns-nameserver': { field: 'dns_nameserver', type: 'string', default: '8.8.8.8', meaning: 'the DNS server of the created subnet' },
  '--flavor': { field: 'flavor_id', type: 'string', default: 'm1.medium', meaning: 'the Nova flavor of the worker nodes' },
  '--master-flavor': { field: 'master_flavor_id', type: 'string', meaning: 'the Nova flavor of the control-plane nodes' },
  '--docker-volume-size': { field: 'docker_volume_size', type: 'integer', meaning: 'size in GB of a Cinder volume for container storage on each node (at least 3 with devicemapper)' },
  '--docker-storage-driver': { field: 'docker_storage_driver', type: 'string', default: 'overlay2', meaning: 'the Docker storage driver: overlay2, or the deprecated devicemapper and overlay' },
  '--http-proxy': { field: 'http_proxy', type: 'string', meaning: 'HTTP proxy the nodes use' },
  '--https-proxy': { field: 'https_proxy', type: 'string', meaning: 'HTTPS proxy the nodes use' },
  '--no-proxy': { field: 'no_proxy', type: 'string', meaning: 'hosts and networks reached without the proxy' },
  '--labels': { field: 'labels', type: 'string', meaning: 'driver settings as KEY=VALUE pairs; one --labels may hold several pairs separated by , or ;' },
  '--tls-disabled': { field: 'tls_disabled', type: 'flag', sets: true, default: false, meaning: 'turns TLS off for the cluster API' },
  '--public': { field: 'public', type: 'flag', sets: true, default: false, meaning: 'makes the template visible to every project' },
  '--registry-enabled': { field: 'registry_enabled', type: 'flag', sets: true, default: false, meaning: 'runs a Docker registry in the cluster' },
  '--server-type': { field: 'server_type', type: 'string', default: 'vm', meaning: 'vm or bm (baremetal) nodes; part of the driver lookup' },
  '--master-lb-enabled': { field: 'master_lb_enabled', type: 'flag', sets: true, default: false, meaning: 'puts a load balancer in front of the control plane' },
  '--floating-ip-enabled': { field: 'floating_ip_enabled', type: 'flag', sets: true, meaning: 'gives the nodes floating IPs' },
  '--floating-ip-disabled': { field: 'floating_ip_enabled', type: 'flag', sets: false, meaning: 'gives the nodes no floating IPs' },
  '--hidden': { field: 'hidden', type: 'flag', sets: true, default: false, meaning: 'hides the template from listings' },
  '--visible': { field: 'hidden', type: 'flag', sets: false, meaning: 'shows a hidden template again' },
  '--tags': { field: 'tags', type: 'string', meaning: 'tags of the template' },
};

const CLUSTER_FLAGS: Record<string, CliFlag> = {
  '--cluster-template': { field: 'cluster_template_id', type: 'string', meaning: 'the cluster template (name or id) the cluster is built from' },
  '--discovery-url': { field: 'discovery_url', type: 'string', meaning: 'a custom etcd discovery URL' },
  '--docker-volume-size': TEMPLATE_FLAGS['--docker-volume-size'],
  '--labels': { field: 'labels', type: 'string', meaning: "the cluster's labels: without --merge-labels they replace the template's labels instead of adding to them" },
  '--keypair': TEMPLATE_FLAGS['--keypair'],
  '--master-count': { field: 'master_count', type: 'integer', default: 1, meaning: 'number of control-plane nodes' },
  '--node-count': { field: 'node_count', type: 'integer', default: 1, meaning: 'number of worker nodes' },
  '--timeout': { field: 'create_timeout', type: 'integer', default: 60, meaning: 'minutes before the create is given up' },
  '--master-flavor': TEMPLATE_FLAGS['--master-flavor'],
  '--flavor': { field: 'flavor_id', type: 'string', meaning: 'the Nova flavor of the worker nodes (else the template\'s)' },
  '--fixed-network': TEMPLATE_FLAGS['--fixed-network'],
  '--fixed-subnet': TEMPLATE_FLAGS['--fixed-subnet'],
  '--floating-ip-enabled': TEMPLATE_FLAGS['--floating-ip-enabled'],
  '--floating-ip-disabled': TEMPLATE_FLAGS['--floating-ip-disabled'],
  '--merge-labels': { field: 'merge_labels', type: 'flag', sets: true, default: false, meaning: "adds the given --labels to the template's labels instead of replacing them" },
  '--master-lb-enabled': TEMPLATE_FLAGS['--master-lb-enabled'],
  '--master-lb-disabled': { field: 'master_lb_enabled', type: 'flag', sets: false, meaning: 'no load balancer in front of the control plane' },
};

const UPDATE_FLAGS: Record<string, CliFlag> = {
  '--rollback': { field: 'rollback', type: 'flag', sets: true, default: false, meaning: 'rolls the cluster back when the update fails' },
};

export type CoeCommand = 'cluster-template' | 'cluster' | 'cluster-update';

export const COE_FLAGS: Record<CoeCommand, Record<string, CliFlag>> = {
  'cluster-template': TEMPLATE_FLAGS,
  cluster: CLUSTER_FLAGS,
  'cluster-update': UPDATE_FLAGS,
};

export function coeFlag(command: CoeCommand, flag: string): CliFlag | undefined {
  const flags = COE_FLAGS[command];
  return Object.hasOwn(flags, flag) ? flags[flag] : undefined;
}

/** The option that fills a field, e.g. docker_volume_size -> --docker-volume-size. */
export function flagOfField(command: CoeCommand, field: string): string | undefined {
  return Object.entries(COE_FLAGS[command]).find(([, f]) => f.field === field && f.sets !== false)?.[0];
}
