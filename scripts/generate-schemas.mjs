#!/usr/bin/env node
// Regenerates schemas/*.json from the OpenStack facts in ../shared/facts (or FACTS_DIR), and the
// release setting of package.json from scripts/knowledge/releases.mjs, and the index of the driver
// files the runtime imports (server/src/engine/knowledge/driver-files.ts).
// Only facts (names, types, defaults, versions, ports) are carried over; prose is not.
// Usage: node scripts/generate-schemas.mjs [--check]   (--check: fail if anything is stale)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './knowledge/common.mjs';
import { capiDrivers, capiLabels } from './knowledge/capi.mjs';
import { capiCni } from './knowledge/capi-cni.mjs';
import { confOptions } from './knowledge/conf.mjs';
import { hotVersions, resourceTypes } from './knowledge/heat.mjs';
import { clusterLabels } from './knowledge/cluster-labels.mjs';
import { driverIndex, magnumKnowledge } from './knowledge/drivers.mjs';
import { manifestText } from './knowledge/manifest.mjs';
import { releasesSchema } from './knowledge/releases.mjs';

const check = process.argv.includes('--check');
const json = (data) => JSON.stringify(data, null, 1) + '\n';
const magnum = magnumKnowledge();
const driverFiles = Object.fromEntries(Object.entries(magnum.files).map(([name, facts]) => [`schemas/drivers/${name}.json`, json(facts)]));

/** Repository path -> generated text. */
const outputs = {
  'schemas/releases.json': json(releasesSchema()),
  'schemas/conf-options.json': json(confOptions()),
  'schemas/heat-resource-types.json': json(resourceTypes()),
  'schemas/hot-versions.json': json(hotVersions()),
  'schemas/magnum.json': json(magnum.common),
  ...driverFiles,
  'server/src/engine/knowledge/driver-files.ts': driverIndex(Object.keys(magnum.files)),
  'schemas/capi-drivers.json': json(capiDrivers()),
  'schemas/capi-labels.json': json(capiLabels()),
  'package.json': manifestText(),
  'schemas/cluster-labels.json': json(clusterLabels()),
  'schemas/capi-cni.json': json(capiCni()),
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
// A driver file no driver has any more is stale too.
for (const file of readdirSync(join(ROOT, 'schemas', 'drivers'))) {
  if (Object.hasOwn(outputs, `schemas/drivers/${file}`)) continue;
  stale++;
  if (check) console.error(`schemas/drivers/${file} belongs to no driver: run npm run generate`);
  else { rmSync(join(ROOT, 'schemas', 'drivers', file)); console.log(`removed schemas/drivers/${file}`); }
}
if (check && stale) process.exit(1);
