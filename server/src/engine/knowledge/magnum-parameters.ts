import common from '../../../../schemas/magnum.json';
import { heatDriverFacts, type PassedParameter } from './magnum-driver-facts';
import { nearestRelease } from './magnum-drivers';
import { namesIn, position, rangeHolding, type ReleaseRange } from './release-range';

export type { PassedParameter };

export interface ParameterDeclaration {
  type: string;
  default?: unknown;
}

const declarations = common.declarations as unknown as Record<string, Array<ReleaseRange & ParameterDeclaration>>;

/** The entry without its range. */
function unranged<T extends object>(entry: ReleaseRange & T): T {
  const { since: _since, until: _until, ...rest } = entry;
  return rest as unknown as T;
}

export interface DriverParameterFacts {
  /** The release the facts are from (the one in force, or the nearest that has the driver). */
  release: string;
  topLevel: string;
  parameters: Map<string, PassedParameter>;
}

/** What Magnum passes to the driver's top-level template in the release (or the nearest one that has the driver). */
export function passedParameters(driver: string, release: string): DriverParameterFacts | undefined {
  const facts = heatDriverFacts(driver);
  const nearest = facts && nearestRelease(release, namesIn(facts.topLevel));
  if (!facts || !nearest) return undefined;
  const parameters = new Map<string, PassedParameter>();
  for (const [name, ranges] of Object.entries(facts.parameters)) {
    const hit = rangeHolding(ranges, nearest);
    if (hit) parameters.set(name, unranged<PassedParameter>(hit));
  }
  return { release: nearest, topLevel: rangeHolding(facts.topLevel, nearest)!.file, parameters };
}

/** How upstream templates declare the parameter (type and default), in the release or the nearest one. */
export function upstreamDeclaration(name: string, release: string): ParameterDeclaration | undefined {
  const ranges = Object.hasOwn(declarations, name) ? declarations[name] : undefined;
  if (!ranges?.length) return undefined;
  const hit = rangeHolding(ranges, release)
    ?? (position(release) < position(ranges[0].since) ? ranges[0] : ranges[ranges.length - 1]);
  return unranged<ParameterDeclaration>(hit);
}
