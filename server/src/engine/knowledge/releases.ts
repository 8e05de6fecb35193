/** The releases we know, from schemas/releases.json (written from scripts/knowledge/releases.mjs). */
import data from '../../../../schemas/releases.json';

/** Known OpenStack releases, oldest first; the last one is Magnum's development branch, `master`. */
export const RELEASES: readonly string[] = data.releases;
/** The development branch: known from facts read at master, never the default. */
export const DEVELOPMENT_RELEASE: string = data.development;
/** The series in development after the newest stable release (master is its code); ranges may end there. */
export const DEVELOPMENT_SERIES: string = data.developmentSeries;
/** The newest stable release: the default when settings name none. */
export const NEWEST_RELEASE: string = data.stable[data.stable.length - 1];

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
