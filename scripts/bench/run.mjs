// `npm run bench`: the built server against the bare parser and yaml-language-server, the CLI against
// Heat's own validator, in one run; every comparison alternates its contestants run by run.
// Options: --quick (fewer edits and runs, for a smoke test), --update-docs (rewrite the table in
// docs/performance.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { LspSession } from './lsp-session.mjs';
import { coldStart, interleavedEdits, median, p95, processTime, rssAfterOpening } from './measure.mjs';
import { renderReport, updateDocs } from './report.mjs';
import { largeTree } from './trees.mjs';
import { corpusTemplates, editWorkloads } from './workloads.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..', '..');
const CORPUS = process.env.MAGNUM_CORPUS ?? join(ROOT, '..', 'shared', 'corpus', 'magnum');
const PEER_SCHEMA = join(ROOT, '..', 'shared', 'peers', 'heat-template.schema.json');
const SERVER = join(ROOT, 'dist', 'server.js');
const CLI = join(ROOT, 'dist', 'cli.js');
const YAML_LS = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const HEAT_ORACLE = join(ROOT, '..', 'shared', 'tools', 'heat_oracle.py');
const PYTHON = '/usr/bin/python3';

const quick = process.argv.includes('--quick');
const EDITS = { conf: quick ? 6 : 60, small: quick ? 6 : 40, large: quick ? 4 : 16 };
const WARMUP = quick ? 2 : 6;
const RUNS = quick ? 2 : 5;
const SYNTHETIC_SIZES = [2000, 10000, 20000];
const OPENED_TEMPLATES = 200;
const LARGE_TREE = quick ? 1000 : 5000;

// The options our engine parses Heat templates with (server/src/engine/languages/heat/template.ts).
const OUR_YAML_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: false };
const require = createRequire(import.meta.url);
const { parseConf } = require(join(ROOT, 'out', 'server', 'src', 'engine', 'languages', 'conf', 'tokenizer.js'));

const OURS = { argv: [SERVER, '--stdio'], settings: { magnumHeat: { debounceMs: 0 } } };
const PEER = {
  argv: ['--import', pathToFileURL(join(BENCH_DIR, 'yaml-ls-no-delay.mjs')).href, YAML_LS, '--stdio'],
  settings: {
    yaml: {
      validate: true, hover: false, completion: false, format: { enable: false },
      schemaStore: { enable: false }, kubernetesCRDStore: { enable: false },
      schemas: { [pathToFileURL(PEER_SCHEMA).href]: ['*.yaml'] },
    },
    http: {}, '[yaml]': {}, editor: {},
  },
};

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function editCount(workload) {
  if (workload.kind === 'conf') return EDITS.conf;
  return workload.lines > 5000 ? EDITS.large : EDITS.small;
}

/** yaml-language-server must really validate against the schema, or the comparison means nothing. */
async function checkPeerUsesSchema() {
  const session = await LspSession.start(PEER.argv, PEER.settings);
  try {
    const published = await session.open('file:///bench/check/peer.yaml', 'yaml', 'heat_template_version: 2018-08-31\nresources:\n  a:\n    typo: 1\n');
    if (published.diagnostics.length === 0) throw new Error('yaml-language-server reported nothing on an invalid template: the schema is not applied');
  } finally {
    await session.stop();
  }
}

async function editRows(workloads) {
  const ours = await LspSession.start(OURS.argv, OURS.settings);
  const peer = existsSync(PEER_SCHEMA) ? await LspSession.start(PEER.argv, PEER.settings) : undefined;
  const rows = [];
  try {
    for (const workload of workloads) {
      const plan = { edits: editCount(workload), warmup: WARMUP };
      log(`${workload.name}: ${plan.edits} edits`);
      const floorParse = workload.kind === 'conf' ? parseConf : (text) => parseDocument(text, OUR_YAML_OPTIONS);
      const sessions = workload.kind === 'yaml' && peer ? { ours, peer } : { ours };
      const { times, cpu, diagnostics } = await interleavedEdits(sessions, workload, floorParse, plan);
      const stats = (name) => times[name] && { median: median(times[name]), p95: p95(times[name]), cpu: cpu[name], diagnostics: diagnostics[name] };
      rows.push({
        workload,
        edits: plan.edits,
        floor: { ...stats('floor'), parser: workload.kind === 'conf' ? 'oslo tokenizer' : 'yaml parseDocument' },
        ours: stats('ours'),
        peer: stats('peer'),
      });
    }
  } finally {
    await ours.stop();
    await peer?.stop();
  }
  return rows;
}

async function startupRows(workload) {
  const document = { uri: workload.uri, languageId: 'yaml', text: workload.text };
  const node = [];
  const ours = [];
  const peer = [];
  for (let run = 0; run < RUNS; run++) {
    node.push((await processTime(['-e', '0'])).ms);
    ours.push(await coldStart(OURS.argv, OURS.settings, document));
    if (existsSync(PEER_SCHEMA)) peer.push(await coldStart(PEER.argv, PEER.settings, document));
  }
  return { node: median(node), ours: median(ours), peer: peer.length ? median(peer) : undefined };
}

async function memoryRow(templates) {
  const documents = templates.slice(0, OPENED_TEMPLATES).map((file) => ({ uri: pathToFileURL(file).href, languageId: 'yaml', text: readFileSync(file, 'utf8') }));
  log(`opening ${documents.length} templates`);
  const ours = await rssAfterOpening(OURS.argv, OURS.settings, documents);
  const peer = existsSync(PEER_SCHEMA) ? await rssAfterOpening(PEER.argv, PEER.settings, documents) : undefined;
  return { count: documents.length, ours, peer };
}

const heatAvailable = () => existsSync(HEAT_ORACLE) && spawnSync(PYTHON, ['-c', 'import heat'], { stdio: 'ignore' }).status === 0;

/** Our CLI over the corpus against Heat's validator over the same templates, alternating. */
async function cliRow(templates) {
  if (!existsSync(CORPUS)) return undefined;
  const heat = heatAvailable();
  if (!heat) log(`Heat's validator is not available (${PYTHON} cannot import heat; see scripts/setup-test-deps.sh): CLI row without it`);
  const ours = [];
  const theirs = [];
  let files = 0;
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    const run1 = await processTime([CLI, 'lint', '--format', 'json', CORPUS], { cpu: true });
    if (run1.code !== 0 && run1.code !== 1) throw new Error(`the CLI exited with ${run1.code}`);
    files = JSON.parse(run1.stdout).files.length;
    ours.push(run1);
    if (heat) {
      const validated = await processTime([HEAT_ORACLE, ...templates], { command: PYTHON, cpu: true });
      if (validated.code !== 0) throw new Error(`Heat's validator exited with ${validated.code}`);
      theirs.push(validated);
    }
  }
  const distinct = new Set(templates.map((file) => readFileSync(file, 'utf8'))).size;
  const cpuOf = (runs) => (runs.every((r) => r.cpuMs !== undefined) ? median(runs.map((r) => r.cpuMs)) : undefined);
  return {
    files, templates: templates.length, distinct,
    ms: median(ours.map((r) => r.ms)), cpuMs: cpuOf(ours),
    heat: heat ? median(theirs.map((r) => r.ms)) : undefined, heatCpuMs: heat ? cpuOf(theirs) : undefined,
  };
}

/** The CLI on one thread and on every core over a large tree of distinct templates, alternating. */
async function threadsRow(scratch) {
  if (!existsSync(CORPUS)) return undefined;
  const tree = join(scratch, 'large-tree');
  const templates = largeTree(CORPUS, tree, LARGE_TREE);
  log(`CLI over ${templates} templates, on one thread and on ${cpus().length}`);
  const one = [];
  const all = [];
  for (let run = 0; run < (quick ? 1 : 2); run++) {
    for (const [threads, runs] of [['1', one], [String(cpus().length), all]]) {
      const result = await processTime([CLI, 'lint', '--format', 'json', tree], { env: { ...process.env, MAGNUM_HEAT_THREADS: threads }, cpu: true });
      if (result.code !== 0 && result.code !== 1) throw new Error(`the CLI exited with ${result.code}`);
      runs.push(result);
    }
  }
  rmSync(tree, { recursive: true, force: true });
  const cpu = (runs) => (runs.every((r) => r.cpuMs !== undefined) ? median(runs.map((r) => r.cpuMs)) : undefined);
  return { templates, cores: cpus().length, one: median(one.map((r) => r.ms)), all: median(all.map((r) => r.ms)), oneCpuMs: cpu(one), allCpuMs: cpu(all), machine: await machineSpeedUp() };
}

/**
 * What the machine gives two independent jobs at the moment (a control for the speed-up above): the
 * single-threaded CLI over the corpus once, then twice at the same time. 2.0 on idle cores; less
 * when other work shares them.
 */
async function machineSpeedUp() {
  const single = { env: { ...process.env, MAGNUM_HEAT_THREADS: '1' } };
  const argv = [CLI, 'lint', '--format', 'json', CORPUS];
  const alone = (await processTime(argv, single)).ms;
  const start = performance.now();
  await Promise.all([processTime(argv, single), processTime(argv, single)]);
  return (2 * alone) / (performance.now() - start);
}

async function main() {
  for (const path of [SERVER, CLI]) if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  const corpusAvailable = existsSync(CORPUS);
  if (!corpusAvailable) log(`no corpus at ${CORPUS}: the upstream rows and the CLI rows are skipped`);
  if (existsSync(PEER_SCHEMA)) await checkPeerUsesSchema();
  else log(`no peer schema at ${PEER_SCHEMA}: yaml-language-server is skipped`);
  const load = [loadavg()[0]];
  const scratch = mkdtempSync(join(tmpdir(), 'magnum-heat-bench-'));
  try {
    const fallbackTemplate = join(ROOT, 'examples', 'drivers', 'swarm_fedora_atomic_v2', 'templates', 'swarmcluster.yaml');
    const workloads = editWorkloads({ corpus: CORPUS, benchDir: BENCH_DIR, syntheticSizes: SYNTHETIC_SIZES, fallbackTemplate, scratch });
    const rows = await editRows(workloads);
    log('cold start');
    const startup = await startupRows(workloads[1]);
    const templates = corpusTemplates(CORPUS);
    const memory = await memoryRow(templates.length ? templates : [fallbackTemplate]);
    log('CLI over the corpus, and Heat\'s validator');
    const cli = await cliRow(templates);
    const threads = await threadsRow(scratch);
    load.push(loadavg()[0]);
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, load };
    const report = renderReport({ rows, startup, memory, cli, threads, machine, quick });
    process.stdout.write(report + '\n');
    if (process.argv.includes('--update-docs')) updateDocs(join(ROOT, 'docs', 'performance.md'), report);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
