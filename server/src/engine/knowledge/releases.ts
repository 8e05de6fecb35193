import confOptions from '../../../../schemas/conf-options.json';

/** Known OpenStack releases, oldest first. */
export const RELEASES: readonly string[] = confOptions.releases;
export const NEWEST_RELEASE = RELEASES[RELEASES.length - 1];

export function isKnownRelease(name: string | undefined): name is string {
  return name !== undefined && RELEASES.includes(name);
}

export function resolveRelease(name: string | undefined): string {
  return isKnownRelease(name) ? name : NEWEST_RELEASE;
}

/** Negative when a is older than b. */
export function compareReleases(a: string, b: string): number {
  return RELEASES.indexOf(a) - RELEASES.indexOf(b);
}
