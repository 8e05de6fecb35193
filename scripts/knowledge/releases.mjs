// THE release list. Adding an OpenStack release is one edit here (then `npm run generate`): the
// generators read it from this module, schemas/releases.json carries it to the runtime
// (server/src/engine/knowledge/releases.ts), and the generator writes the magnumHeat.release
// setting of package.json from it.

/** Released (stable) series, oldest first. */
export const STABLE_RELEASES = ['rocky', 'stein', 'train', 'ussuri', 'victoria', 'wallaby', 'xena', 'yoga', 'zed',
  '2023.1', '2023.2', '2024.1', '2024.2', '2025.1', '2025.2', '2026.1'];

/** Magnum's development branch (the series after the newest stable one), known from facts read at master. */
export const DEVELOPMENT_RELEASE = 'master';

/**
 * The series in development after our newest stable release: `master` is its code. An option Magnum
 * dropped on master is removed in this series; a library release of the cycle (not yet what master
 * runs with) takes effect after master. Ranges may end (`until`) here.
 */
export const DEVELOPMENT_SERIES = '2026.2';

/** Every release a setting or --release may name: the stable series, then master. */
export const RELEASES = [...STABLE_RELEASES, DEVELOPMENT_RELEASE];

/** What the magnumHeat.release setting shows for a release besides its name (our words). */
export const RELEASE_DESCRIPTIONS = {
  [DEVELOPMENT_RELEASE]: `Magnum's development branch (the ${DEVELOPMENT_SERIES} cycle): no in-tree driver, \`[drivers] default_driver\`, no \`[trust]\`. Never the default.`,
};

/** schemas/releases.json: what the runtime knows of the releases. */
export function releasesSchema() {
  return {
    stable: STABLE_RELEASES,
    development: DEVELOPMENT_RELEASE,
    developmentSeries: DEVELOPMENT_SERIES,
    releases: RELEASES,
  };
}
