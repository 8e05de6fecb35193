import { heatDriverFacts, heatDrivers, type PortRule, type SecurityGroupFacts } from './magnum-driver-facts';
import { nearestRelease } from './magnum-drivers';
import { namesIn, position, rangeHolding } from './release-range';

export type { PortRule, SecurityGroupFacts };

/**
 * The security groups a driver's templates define, for the release in force, or for the nearest
 * release that has the driver (e.g. 2023.2 for swarm after its removal).
 */
export function securityGroupsFor(release: string, driver: string): { release: string; groups: SecurityGroupFacts[] } | undefined {
  const facts = heatDriverFacts(driver);
  const nearest = facts && nearestRelease(release, namesIn(facts.securityGroups));
  return nearest ? { release: nearest, groups: rangeHolding(facts.securityGroups, nearest)!.groups } : undefined;
}

/** Drivers whose template of this file name defines a security group with this resource name, oldest driver first. */
export function driversDefiningGroup(resource: string, file: string): string[] {
  return heatDrivers()
    .filter(([, d]) => d.securityGroups.some((s) => s.groups.some((g) => g.resource === resource && g.file === file)))
    .sort(([, a], [, b]) => position(a.securityGroups[0].since) - position(b.securityGroups[0].since))
    .map(([name]) => name);
}
