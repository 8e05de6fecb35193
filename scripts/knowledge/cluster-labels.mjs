// Cluster-template label knowledge beyond what each CAPI driver version reads (capi-labels.json):
// the labels of Magnum's Heat-era Kubernetes driver (k8s_fedora_coreos_v1) and what each becomes
// under the Cluster API drivers, and label names a driver's docs spell otherwise than its code reads
// -> schemas/cluster-labels.json. Source: ../shared/facts/magnum-capi (labels_heat_to_capi.json,
// magnum_cluster_api.json). Facts only: names, Heat parameter types and defaults, the releases that
// read each label, the relation to a CAPI label (same name, other name, other mechanism, none).
import { compact, readFacts } from './common.mjs';

/** The facts name the mcapi driver family by its entry-point prefix; we name drivers by package. */
const CAPI = { k8s_capi_helm_v1: 'magnum-capi-helm', k8s_cluster_api: 'magnum-cluster-api' };

const defaultOf = (perRelease, present) => {
  const newest = present[present.length - 1];
  const value = perRelease?.[newest];
  return value === undefined || value === null ? undefined : value;
};

function capiRelations(mapping) {
  return Object.fromEntries(Object.entries(CAPI).map(([key, pkg]) => {
    const m = mapping[key];
    return [pkg, compact({ relation: m.relation, target: m.target ?? undefined, since: m.since ?? undefined })];
  }));
}

/** Documented label names the code does not read -> the name it reads (mcapi's doc_vs_code facts). */
function documentedNames() {
  const facts = readFacts('magnum-capi/magnum_cluster_api.json');
  const out = {};
  for (const m of facts['doc_vs_code_v0.38.1'].mismatches) {
    if (m.kind !== 'documented_name_differs') continue;
    const documented = m.documented.split(' / ');
    const read = m.read_by_code.split(' / ');
    if (documented.length !== read.length) throw new Error(`doc_vs_code: cannot pair ${m.documented} with ${m.read_by_code}`);
    documented.forEach((name, i) => { out[name.trim()] = read[i].trim(); });
  }
  return { 'magnum-cluster-api': out };
}

export function clusterLabels() {
  const facts = readFacts('magnum-capi/labels_heat_to_capi.json');
  const labels = {};
  for (const m of [...facts.mappings].sort((a, b) => a.heat_label.localeCompare(b.heat_label))) {
    const present = m.heat_present_in;
    labels[m.heat_label] = compact({
      // "no Heat parameter (...)" marks labels read by the driver code, not passed to a parameter.
      type: /^no Heat parameter/.test(m.heat_type) ? undefined : m.heat_type,
      default: defaultOf(m.heat_default, present),
      since: present[0],
      last: present[present.length - 1],
      capi: capiRelations(m),
    });
  }
  const capiOnly = Object.fromEntries(Object.entries(facts.capi_only_labels).map(([key, names]) => [CAPI[key], [...names].sort()]));
  return {
    notes: [
      'Labels of the Heat driver k8s_fedora_coreos_v1 (Heat parameter type and the newest default), the first and last release reading each, and the counterpart under each Cluster API driver.',
      'relation: same_name | counterpart_other_name (target) | different_mechanism (target says what replaces it) | none.',
    ],
    driver: 'k8s_fedora_coreos_v1',
    labels,
    capiOnly,
    documentedNames: documentedNames(),
  };
}
