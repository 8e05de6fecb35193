// Which Cluster API driver versions read the cluster template's network_driver, and which values
// they take -> schemas/capi-cni.json. Magnum fills network_driver from [cluster_template]
// kubernetes_default_network_driver (flannel by default) when a template names none.
// Source: ../shared/facts/magnum-capi (magnum_cluster_api.json validations, capi_helm.json
// cluster_template_attributes_used). Facts only.
import { readFacts } from './common.mjs';

// capi-helm-charts' addons.cni.type, as capi_helm.json records it from charts/cluster-addons/values.yaml.
const HELM_CHART_CNI = ['calico', 'cilium'];
// Magnum's API validator accepts cilium from 18.0.0 (2024.1) on (pitfall CILIUM-NOT-ALLOWED).
const CILIUM_SINCE = '2024.1';

function clusterApi() {
  const facts = readFacts('magnum-capi/magnum_cluster_api.json');
  const check = facts.validations.find((v) => /network_driver not in \[/.test(v.condition));
  if (!check) throw new Error('magnum_cluster_api.json: no network_driver validation');
  const accepts = JSON.parse(check.condition.match(/network_driver not in (\[[^\]]*\])/)[1]);
  return { accepts, versions: check.present_in, failure: check.consequence.match(/^(\w+)/)[1] };
}

function capiHelm() {
  const facts = readFacts('magnum-capi/capi_helm.json');
  const versions = Object.entries(facts.versions)
    .filter(([, v]) => (v.cluster_template_attributes_used ?? []).some((a) => a.startsWith('network_driver')))
    .map(([tag]) => tag);
  const said = JSON.stringify(facts).match(/addons\.cni\.type accepts ([a-z]+) or ([a-z]+)/);
  if (!said || said.slice(1).sort().join() !== HELM_CHART_CNI.join()) throw new Error('capi_helm.json: the chart CNI values changed');
  return { accepts: HELM_CHART_CNI, versions };
}

export function capiCni() {
  return {
    notes: ['Cluster API driver versions that read network_driver, and the values they accept; anything else fails the cluster.'],
    packages: { 'magnum-capi-helm': capiHelm(), 'magnum-cluster-api': clusterApi() },
    magnum: { ciliumSince: CILIUM_SINCE },
  };
}
