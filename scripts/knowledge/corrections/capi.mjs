// Hand-written additions to the Cluster API driver facts (kept apart from the generated data):
// our words for the packages and groups, and value formats the option types alone do not tell.

/** Per driver package: how we name it and where its options come from. */
export const PACKAGES = {
  'magnum-capi-helm': {
    facts: 'magnum-capi/capi_helm.json',
    summary: 'StackHPC\'s Cluster API driver for Magnum: each cluster is a release of the openstack-cluster Helm chart on a management cluster.',
  },
  'magnum-cluster-api': {
    facts: 'magnum-capi/magnum_cluster_api.json',
    summary: 'VEXXHOST\'s Cluster API driver for Magnum: each cluster is a ClusterClass-based Cluster API cluster built by the driver itself.',
  },
};

export const GROUP_SUMMARIES = {
  capi_helm: 'magnum-capi-helm: how the driver reaches the management cluster and which Helm chart (and chart version) it installs.',
  capi_helm_cluster_labels: 'magnum-capi-helm: operator defaults for cluster labels; a label on the template or cluster overrides each one.',
  auto_scaling: 'magnum-cluster-api: where the cluster-autoscaler image is pulled from.',
  capi_client: 'magnum-cluster-api: how Cluster API and the workload clusters reach the OpenStack APIs (interface, TLS).',
  manila_client: 'magnum-cluster-api: how the Manila CSI integration reaches Manila (region, interface, TLS).',
  proxy: 'magnum-cluster-api: the magnum-cluster-api-proxy service on the network nodes.',
};

/**
 * Value formats beyond the oslo type: `json` = the driver json.loads() the string, so anything that is
 * no strict JSON fails when a cluster is created.
 */
export const OPTION_FORMATS = {
  'magnum-capi-helm': { 'capi_helm.api_resources': 'json' },
};
