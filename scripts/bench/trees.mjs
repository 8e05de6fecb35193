// Folders the bench builds under a temporary directory, so that documents sit at real paths (their
// nested templates and environments are read as in a checkout) and the CLI has a large tree.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  }).sort();
}

/** A copy of the `drivers` folder holding `template` (a file below drivers/<driver>/templates/), under `into`. */
export function driversCopy(template, into) {
  const drivers = template.slice(0, template.lastIndexOf('/drivers/') + '/drivers'.length);
  const target = join(into, 'drivers');
  cpSync(drivers, target, { recursive: true });
  return join(target, relative(drivers, template));
}

/**
 * At least `count` Heat templates under `into`: copies of the corpus (every YAML file, so nested
 * templates and environments are there), each template's copy made distinct by a comment line.
 * Returns the number of templates written.
 */
export function largeTree(corpus, into, count) {
  const files = filesUnder(corpus).filter((file) => /\.ya?ml$/.test(file));
  let templates = 0;
  for (let copy = 0; templates < count; copy++) {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const isTemplate = /^heat_template_version\s*:/m.test(text);
      const target = join(into, `copy${copy}`, relative(corpus, file));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, isTemplate ? `${text}${text.endsWith('\n') ? '' : '\n'}# bench copy ${copy}\n` : text);
      if (isTemplate) templates++;
    }
  }
  return templates;
}
