#!/usr/bin/env node
// Regenerates schemas/*.json from the OpenStack facts in ../shared/facts (or FACTS_DIR).
// Only facts (names, types, defaults, versions, ports) are carried over; prose is not.
// Usage: node scripts/generate-schemas.mjs [--check]   (--check: fail if schemas/ is stale)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './knowledge/common.mjs';
import { capiDrivers, capiLabels } from './knowledge/capi.mjs';
import { confOptions } from './knowledge/conf.mjs';
import { hotVersions, resourceTypes } from './knowledge/heat.mjs';
import { magnumLifecycle } from './knowledge/lifecycle.mjs';
import { magnumAliases, magnumDrivers, magnumParameters } from './knowledge/magnum.mjs';
import { ports } from './knowledge/ports.mjs';

const outDir = join(ROOT, 'schemas');
const check = process.argv.includes('--check');

const outputs = {
  'conf-options.json': confOptions(),
  'ports.json': ports(),
  'heat-resource-types.json': resourceTypes(),
  'hot-versions.json': hotVersions(),
  'magnum-drivers.json': magnumDrivers(),
  'magnum-parameters.json': magnumParameters(),
  'magnum-aliases.json': magnumAliases(),
  'capi-drivers.json': capiDrivers(),
  'capi-labels.json': capiLabels(),
  'magnum-lifecycle.json': magnumLifecycle(),
};

let stale = 0;
if (!existsSync(outDir)) mkdirSync(outDir);
for (const [file, data] of Object.entries(outputs)) {
  const text = JSON.stringify(data, null, 1) + '\n';
  const path = join(outDir, file);
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (old === text) continue;
  stale++;
  if (check) console.error(`schemas/${file} is stale: run npm run generate`);
  else { writeFileSync(path, text); console.log(`wrote schemas/${file}`); }
}
if (check && stale) process.exit(1);
