// Regenerates the rules tables in README.md and docs/rules/README.md from the rule registry, so they
// cannot drift from the code. Runs after `tsc -b` (it reads the compiled registry in out/).
// `--check` changes nothing and exits 1 when a table is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { RULE_TABLES, withRulesTable } = createRequire(import.meta.url)(join(root, 'out/server/src/cli/rules-table.js'));
const check = process.argv.includes('--check');

for (const [file, table] of Object.entries(RULE_TABLES)) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = withRulesTable(text, table());
  if (next === undefined) {
    console.error(`rules-table: ${file} has no rules-table markers`);
    process.exitCode = 1;
  } else if (next !== text) {
    if (check) {
      console.error(`rules-table: the table in ${file} is out of date; run node scripts/rules-table.mjs`);
      process.exitCode = 1;
    } else {
      writeFileSync(path, next);
      console.log(`rules-table: updated ${file}`);
    }
  }
}
