// The magnumHeat.release setting of package.json, written from the release list (releases.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './common.mjs';
import { DEVELOPMENT_RELEASE, RELEASE_DESCRIPTIONS, RELEASES } from './releases.mjs';

const DEFAULT_DESCRIPTION = 'The `release` of the project\'s `.magnum-heat.yaml`, else the newest known release.';

/** package.json's text with the release enum, its labels and descriptions in step with the release list. */
export function manifestText() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const setting = manifest.contributes.configuration.properties['magnumHeat.release'];
  setting.enum = ['', ...RELEASES];
  setting.enumItemLabels = ['(default)', ...RELEASES.map((r) => (r === DEVELOPMENT_RELEASE ? `${r} (development)` : r))];
  setting.markdownEnumDescriptions = [DEFAULT_DESCRIPTION, ...RELEASES.map((r) => RELEASE_DESCRIPTIONS[r] ?? '')];
  return JSON.stringify(manifest, null, 2) + '\n';
}
