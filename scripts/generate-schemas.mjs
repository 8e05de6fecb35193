#!/usr/bin/env node
// Regenerates schemas/*.json from the OpenStack facts in ../shared/facts (or FACTS_DIR), and the
// release setting of package.json from scripts/knowledge/releases.mjs.
// Only facts (names, types, defaults, versions, ports) are carried over; prose is not.
// Usage: node scripts/generate-schemas.mjs [--check]   (--check: fail if anything is stale)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './knowledge/common.mjs';
import { capiDrivers, capiLabels } from './knowledge/capi.mjs';
import { confOptions } from './knowledge/conf.mjs';
import { hotVersions, resourceTypes } from './knowledge/heat.mjs';
import { magnumLifecycle } from './knowledge/lifecycle.mjs';
import { magnumAliases, magnumDrivers, magnumParameters } from './knowledge/magnum.mjs';
import { manifestText } from './knowledge/manifest.mjs';
import { ports } from './knowledge/ports.mjs';
import { releasesSchema } from './knowledge/releases.mjs';

const check = process.argv.includes('--check');
const json = (data) => JSON.stringify(data, null, 1) + '\n';

/** Repository path -> generated text. */
const outputs = {
  'schemas/releases.json': json(releasesSchema()),
  'schemas/conf-options.json': json(confOptions()),
  'schemas/ports.json': json(ports()),
  'schemas/heat-resource-types.json': json(resourceTypes()),
  'schemas/hot-versions.json': json(hotVersions()),
  'schemas/magnum-drivers.json': json(magnumDrivers()),
  'schemas/magnum-parameters.json': json(magnumParameters()),
  'schemas/magnum-aliases.json': json(magnumAliases()),
  'schemas/capi-drivers.json': json(capiDrivers()),
  'schemas/capi-labels.json': json(capiLabels()),
  'schemas/magnum-lifecycle.json': json(magnumLifecycle()),
  'package.json': manifestText(),
};

let stale = 0;
for (const [file, text] of Object.entries(outputs)) {
  const path = join(ROOT, file);
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (old === text) continue;
  stale++;
  if (check) console.error(`${file} is stale: run npm run generate`);
  else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${file}`);
  }
}
if (check && stale) process.exit(1);
