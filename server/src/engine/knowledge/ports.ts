import data from '../../../../schemas/ports.json';
import { nearestRelease } from './magnum-drivers';
import { RELEASES } from './releases';

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

const byRelease = data as unknown as Record<string, Record<string, SecurityGroupFacts[]>>;

/**
 * The security groups a driver's templates define, for the release in force, or for the nearest
 * release that has the driver (e.g. 2023.2 for swarm after its removal).
 */
export function securityGroupsFor(release: string, driver: string): { release: string; groups: SecurityGroupFacts[] } | undefined {
  const nearest = nearestRelease(release, RELEASES.filter((r) => byRelease[r]?.[driver]));
  return nearest ? { release: nearest, groups: byRelease[nearest][driver] } : undefined;
}

/** Drivers whose template of this file name defines a security group with this resource name. */
export function driversDefiningGroup(resource: string, file: string): string[] {
  const found = new Set<string>();
  for (const drivers of Object.values(byRelease)) {
    for (const [driver, groups] of Object.entries(drivers)) {
      if (groups.some((g) => g.resource === resource && g.file === file)) found.add(driver);
    }
  }
  return [...found];
}
