import data from '../../../../schemas/ports.json';
import { RELEASES } from './releases';

export interface PortRule {
  direction: 'ingress' | 'egress';
  protocol: string;
  min: number;
  max: number;
  /** 'any' (no remote given), 'param:<name>' (a CIDR from a parameter), or 'other'. */
  remote: string;
}

export interface SecurityGroupFacts {
  file: string;
  resource: string;
  rules: PortRule[];
}

const byRelease = data as unknown as Record<string, Record<string, SecurityGroupFacts[]>>;

/**
 * The security groups a driver's templates define, for the release in force. When the driver
 * does not exist in that release (e.g. swarm after 2023.2), the newest release that has it.
 */
export function securityGroupsFor(release: string, driver: string): { release: string; groups: SecurityGroupFacts[] } | undefined {
  const exact = byRelease[release]?.[driver];
  if (exact) return { release, groups: exact };
  for (let i = RELEASES.length - 1; i >= 0; i--) {
    const groups = byRelease[RELEASES[i]]?.[driver];
    if (groups) return { release: RELEASES[i], groups };
  }
  return undefined;
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
