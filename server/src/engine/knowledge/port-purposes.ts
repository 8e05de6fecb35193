/** What well-known cluster ports are for, in our words; keyed by "protocol/min-max". */
const PURPOSES: Record<string, string> = {
  'tcp/22-22': 'SSH access to the node',
  'udp/53-53': 'DNS',
  'tcp/53-53': 'DNS',
  'tcp/179-179': 'Calico BGP peering between nodes',
  'tcp/2375-2375': 'the Docker / Swarm API',
  'tcp/2376-2376': 'the TLS-protected Docker API used by legacy Swarm',
  'tcp/2377-2377': 'swarm-mode cluster management: worker nodes join the manager through it',
  'tcp/2379-2379': 'etcd client traffic',
  'tcp/2380-2380': 'etcd peer traffic between masters',
  'tcp/6443-6443': 'the Kubernetes API server',
  'tcp/7080-7080': 'the Kubernetes API server on its insecure port',
  'tcp/8080-8080': 'the Kubernetes API server without TLS',
  'udp/8472-8472': 'flannel VXLAN traffic between nodes',
  'tcp/9100-9100': 'the Prometheus node exporter',
  'tcp/10250-10250': 'the kubelet API (logs, exec, metrics)',
  'tcp/30000-32767': 'Kubernetes NodePort services',
};

export function portPurpose(protocol: string, min: number, max: number): string | undefined {
  return PURPOSES[`${protocol}/${min}-${max}`];
}

export function describePorts(protocol: string, min: number, max: number): string {
  const proto = protocol === 'any' ? 'all protocols' : protocol.toUpperCase();
  if (protocol === 'icmp') return 'ICMP';
  if (min === 1 && max === 65535) return `all ${proto} ports`;
  return min === max ? `${proto} ${min}` : `${proto} ${min}-${max}`;
}
