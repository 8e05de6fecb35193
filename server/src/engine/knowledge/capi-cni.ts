/**
 * Which Cluster API driver versions read a cluster template's network_driver and which values they
 * take (schemas/capi-cni.json, scripts/knowledge/capi-cni.mjs). A template without one gets Magnum's
 * [cluster_template] kubernetes_default_network_driver.
 */
import data from '../../../../schemas/capi-cni.json';
import type { CapiPackage } from './capi-drivers';

interface CniCheck {
  accepts: string[];
  versions: string[];
  /** The exception the driver raises for another value, when the facts name one. */
  failure?: string;
}

const packages = data.packages as Record<CapiPackage, CniCheck>;

/** The network drivers the package version accepts, when it reads network_driver at all. */
export function cniAccepted(pkg: CapiPackage, version: string): { accepts: string[]; failure?: string } | undefined {
  const check = packages[pkg];
  return check?.versions.includes(version) ? { accepts: check.accepts, ...(check.failure ? { failure: check.failure } : {}) } : undefined;
}

/** The first release whose API lets a template name cilium. */
export const CILIUM_SINCE: string = data.magnum.ciliumSince;
