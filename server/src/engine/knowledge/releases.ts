import confOptions from '../../../../schemas/conf-options.json';

/** Known OpenStack releases, oldest first; the last one is Magnum's development branch, `master`. */
export const RELEASES: readonly string[] = confOptions.releases;
/** The development branch: known from facts read at master, never the default. */
export const DEVELOPMENT_RELEASE = 'master';
/** The newest stable release: the default when settings name none. */
export const NEWEST_RELEASE = RELEASES.filter((r) => r !== DEVELOPMENT_RELEASE).at(-1)!;

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
