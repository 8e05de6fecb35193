/**
 * One Magnum driver's facts, from schemas/drivers/<driver>.json (scripts/knowledge/drivers.mjs): its
 * lifecycle, the template Magnum hands to Heat and the parameters it passes, the labels feeding them
 * and the security groups its templates define, each over the releases as ranges (release-range.ts).
 * The per-topic modules (magnum-drivers, magnum-parameters, ports, magnum-lifecycle) read them here.
 */
import { DRIVER_FILES } from './driver-files';
import { inRange, type ReleaseRange } from './release-range';

export interface Triple {
  serverType: string;
  osDistro: string;
  coe: string;
}

/** How Magnum passes one parameter to a driver's top-level template in one release. */
export interface PassedParameter {
  /** Passed on every create (or every call of one of its stages), whatever the cluster sets. */
  always: boolean;
  /** Stages other than a plain create (create_nodegroup, scale, upgrade, rotate_ca). */
  stages?: string[];
  /** Cluster labels that feed it (or trigger it). */
  labels?: string[];
  /** Fields that feed it: `cluster_template.<field>`, `cluster.<field>`, or `nodegroup`. */
  fields?: string[];
  /** Other conditions under which it is passed. */
  when?: string[];
}

export interface PortRule {
  direction: 'ingress' | 'egress';
  protocol: string;
  min: number;
  max: number;
  /** 'any' (no remote given), 'param:<name>' (a CIDR from a parameter), 'group:<resource>' (members of that group). */
  remote: string;
}

export interface SecurityGroupFacts {
  file: string;
  resource: string;
  rules: PortRule[];
}

/** An upstream change (commit, and the first Magnum tag with it). */
export interface UpstreamChange {
  commit: string;
  firstTag?: string;
}

/** An in-tree (Heat) driver: present over its range, deprecated from `deprecatedSince`. */
export interface HeatDriverFacts extends ReleaseRange {
  kind: 'heat';
  provides?: Triple;
  deprecatedSince?: string;
  removal?: UpstreamChange;
  deprecation?: UpstreamChange;
  topLevel: Array<ReleaseRange & { file: string }>;
  parameters: Record<string, Array<ReleaseRange & PassedParameter>>;
  /** Labels some passed parameter reads, and when. */
  labels: Record<string, ReleaseRange[]>;
  securityGroups: Array<ReleaseRange & { groups: SecurityGroupFacts[] }>;
}

/** A Cluster API driver: out of tree, present whenever its package is installed. */
export interface CapiDriverFacts {
  kind: 'capi';
  package: string;
  provides: Triple[];
  sinceVersion: string;
}

export type DriverFacts = HeatDriverFacts | CapiDriverFacts;

const files = DRIVER_FILES as Record<string, DriverFacts>;

/** Every driver with a file: the in-tree ones (by name), then the Cluster API ones. */
export const DRIVER_NAMES: readonly string[] = Object.keys(files);

export function driverFacts(name: string): DriverFacts | undefined {
  return Object.hasOwn(files, name) ? files[name] : undefined;
}

export function heatDriverFacts(name: string): HeatDriverFacts | undefined {
  const facts = driverFacts(name);
  return facts?.kind === 'heat' ? facts : undefined;
}

export function heatDrivers(): Array<[string, HeatDriverFacts]> {
  return Object.entries(files).filter((e): e is [string, HeatDriverFacts] => e[1].kind === 'heat');
}

export function capiDriverFacts(): Array<[string, CapiDriverFacts]> {
  return Object.entries(files).filter((e): e is [string, CapiDriverFacts] => e[1].kind === 'capi');
}

/** The labels the driver's passed parameters read in a release. */
export function driverLabels(name: string, release: string): string[] {
  const labels = heatDriverFacts(name)?.labels ?? {};
  return Object.keys(labels).filter((l) => labels[l].some((r) => inRange(r, release)));
}
