#!/usr/bin/env node
/**
 * How far the linter agrees with Heat on a corpus of real templates kept outside the repository.
 *
 *   node scripts/corpus/heat-agreement.mjs [CORPUS_DIR] [VERDICTS_JSON] [--json] [--list RULE]
 *
 * CORPUS_DIR (or $HEAT_CORPUS) holds the templates; VERDICTS_JSON (or $HEAT_VERDICTS, default
 * CORPUS_DIR/../heat-verdicts.json) maps each template's path relative to CORPUS_DIR to Heat's verdict:
 * { "verdict": "accept" | "reject" | "skip", "env": { "message": ... } }. Without a corpus it prints why and exits 0.
 * Runs the built engine (out/, from `npx tsc -b`) at release zed, the Heat the verdicts come from.
 * Prints: false-error rate on accepted templates, error-catch and warning-or-better rates on rejected ones,
 * and the rules behind the false errors and the misses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--list'));

const corpus = positional[0] ?? process.env.HEAT_CORPUS;
const verdictsFile = positional[1] ?? process.env.HEAT_VERDICTS ?? (corpus && join(corpus, '..', 'heat-verdicts.json'));
if (!corpus || !existsSync(corpus) || !verdictsFile || !existsSync(verdictsFile)) {
  console.log(`heat-agreement: no corpus (${corpus ?? 'give CORPUS_DIR or HEAT_CORPUS'}) or verdicts (${verdictsFile ?? '-'}); nothing to do.`);
  process.exit(0);
}

const { lint } = require(join(ROOT, 'out', 'server', 'src', 'engine', 'index.js'));
const { DiskHost } = require(join(ROOT, 'out', 'server', 'src', 'host', 'disk-host.js'));
const host = new DiskHost();
const verdicts = JSON.parse(readFileSync(verdictsFile, 'utf8'));

const accepted = { total: 0, falseError: 0 };
const rejected = { total: 0, error: 0, warning: 0 };
const falseRules = new Map();
const missed = [];
const listed = option('--list');
const examples = [];

for (const [relative, entry] of Object.entries(verdicts).sort()) {
  if (entry.verdict !== 'accept' && entry.verdict !== 'reject') continue;
  const path = join(corpus, relative);
  const text = host.readFile(path);
  if (text === undefined) continue;
  const found = lint({ path, text, host }, { release: 'zed' }).diagnostics;
  const errors = found.filter((d) => d.severity === 'error');
  if (entry.verdict === 'accept') {
    accepted.total++;
    if (errors.length > 0) accepted.falseError++;
    for (const rule of new Set(errors.map((d) => d.rule))) falseRules.set(rule, (falseRules.get(rule) ?? 0) + 1);
    for (const d of errors) if (d.rule === listed) examples.push(`${relative}:${d.range.start.line + 1} ${d.message}`);
  } else {
    rejected.total++;
    if (errors.length > 0) rejected.error++;
    else {
      if (found.some((d) => d.severity === 'warning')) rejected.warning++;
      missed.push({ path: relative, heat: entry.env?.message ?? '', warnings: [...new Set(found.filter((d) => d.severity === 'warning').map((d) => d.rule))] });
    }
  }
}

const pct = (n, d) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);
const report = {
  accepted: { ...accepted, falseErrorPercent: pct(accepted.falseError, accepted.total) },
  rejected: { ...rejected, errorPercent: pct(rejected.error, rejected.total), warningOrBetterPercent: pct(rejected.error + rejected.warning, rejected.total) },
  falseErrorRules: Object.fromEntries([...falseRules].sort((a, b) => b[1] - a[1])),
  missed,
};
if (flag('--json')) {
  console.log(JSON.stringify(report, null, 1));
} else {
  console.log(`Heat accepts ${accepted.total}: false error on ${accepted.falseError} (${report.accepted.falseErrorPercent}%)`);
  console.log(`Heat rejects ${rejected.total}: error on ${rejected.error} (${report.rejected.errorPercent}%), warning or better on ${rejected.error + rejected.warning} (${report.rejected.warningOrBetterPercent}%)`);
  console.log('False errors by rule (templates):', Object.entries(report.falseErrorRules).map(([r, n]) => `${r} ${n}`).join(', ') || 'none');
  if (flag('--misses')) for (const m of missed) console.log(`  missed ${m.path}: ${m.heat.slice(0, 140)}${m.warnings.length ? ` [warned: ${m.warnings.join(', ')}]` : ''}`);
  for (const e of examples) console.log(`  ${e}`);
}
