import data from '../../../../schemas/magnum-parameters.json';
import { nearestRelease } from './magnum-drivers';
import { RELEASES } from './releases';

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

export interface ParameterDeclaration {
  type: string;
  default?: unknown;
}

type Ranged<T> = T & { from: string; to: string };

interface DriverParameters {
  topLevel: Record<string, string>;
  parameters: Record<string, Array<Ranged<PassedParameter>>>;
}

const drivers = data.drivers as unknown as Record<string, DriverParameters>;
const declarations = data.declarations as unknown as Record<string, Array<Ranged<ParameterDeclaration>>>;

const within = (release: string, range: { from: string; to: string }) => {
  const at = RELEASES.indexOf(release);
  return RELEASES.indexOf(range.from) <= at && at <= RELEASES.indexOf(range.to);
};

export interface DriverParameterFacts {
  /** The release the facts are from (the one in force, or the nearest that has the driver). */
  release: string;
  topLevel: string;
  parameters: Map<string, PassedParameter>;
}

/** What Magnum passes to the driver's top-level template in the release (or the nearest one that has the driver). */
export function passedParameters(driver: string, release: string): DriverParameterFacts | undefined {
  const facts = Object.hasOwn(drivers, driver) ? drivers[driver] : undefined;
  const nearest = facts && nearestRelease(release, Object.keys(facts.topLevel));
  if (!facts || !nearest) return undefined;
  const parameters = new Map<string, PassedParameter>();
  for (const [name, ranges] of Object.entries(facts.parameters)) {
    const hit = ranges.find((r) => within(nearest, r));
    if (hit) {
      const { from: _from, to: _to, ...passed } = hit;
      parameters.set(name, passed);
    }
  }
  return { release: nearest, topLevel: facts.topLevel[nearest], parameters };
}

/** How upstream templates declare the parameter (type and default), in the release or the nearest one. */
export function upstreamDeclaration(name: string, release: string): ParameterDeclaration | undefined {
  const ranges = Object.hasOwn(declarations, name) ? declarations[name] : undefined;
  if (!ranges?.length) return undefined;
  const hit = ranges.find((r) => within(release, r))
    ?? (RELEASES.indexOf(release) < RELEASES.indexOf(ranges[0].from) ? ranges[0] : ranges[ranges.length - 1]);
  const { from: _from, to: _to, ...declaration } = hit;
  return declaration;
}
