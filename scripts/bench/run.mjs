// `npm run bench`: the built server against the bare parser and yaml-language-server, in one run.
// Options: --quick (fewer edits and runs, for a smoke test), --update-docs (rewrite the table in
// docs/performance.md).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { LspSession } from './lsp-session.mjs';
import { coldStart, editTimes, floorTimes, median, p95, processTime, rssAfterOpening } from './measure.mjs';
import { renderReport, updateDocs } from './report.mjs';
import { corpusTemplates, editWorkloads } from './workloads.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..', '..');
const CORPUS = process.env.MAGNUM_CORPUS ?? join(ROOT, '..', 'shared', 'corpus', 'magnum');
const PEER_SCHEMA = join(ROOT, '..', 'shared', 'peers', 'heat-template.schema.json');
const SERVER = join(ROOT, 'dist', 'server.js');
const CLI = join(ROOT, 'dist', 'cli.js');
const YAML_LS = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');

const quick = process.argv.includes('--quick');
const EDITS = { conf: quick ? 6 : 60, small: quick ? 6 : 40, large: quick ? 4 : 16 };
const WARMUP = quick ? 2 : 6;
const RUNS = quick ? 2 : 5;
const SYNTHETIC_SIZES = [2000, 10000, 20000];
const OPENED_TEMPLATES = 200;

// The options our engine parses Heat templates with (server/src/engine/heat/template.ts).
const OUR_YAML_OPTIONS = { uniqueKeys: false, prettyErrors: false, strict: false };
const require = createRequire(import.meta.url);
const { parseConf } = require(join(ROOT, 'out', 'server', 'src', 'engine', 'conf', 'tokenizer.js'));

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
      const floor = floorTimes(workload, floorParse, plan);
      const our = await editTimes(ours, workload, plan);
      const yamlLs = workload.kind === 'yaml' && peer ? await editTimes(peer, workload, plan) : undefined;
      rows.push({
        workload,
        edits: plan.edits,
        floor: { median: median(floor), p95: p95(floor), parser: workload.kind === 'conf' ? 'oslo tokenizer' : 'yaml parseDocument' },
        ours: { median: median(our.times), p95: p95(our.times), diagnostics: our.diagnostics },
        peer: yamlLs && { median: median(yamlLs.times), p95: p95(yamlLs.times), diagnostics: yamlLs.diagnostics },
      });
    }
  } finally {
    await ours.stop();
    await peer?.stop();
  }
  return rows;
}

async function startupRows(kubecluster) {
  const document = { uri: 'file:///bench/cold/drivers/k8s_fedora_coreos_v1/templates/kubecluster.yaml', languageId: 'yaml', text: kubecluster };
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

async function cliRow() {
  if (!existsSync(CORPUS)) return undefined;
  const runs = [];
  let files = 0;
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    const { ms, code, stdout } = await processTime([CLI, 'lint', '--format', 'json', CORPUS]);
    if (code !== 0 && code !== 1) throw new Error(`the CLI exited with ${code}`);
    files = JSON.parse(stdout).files.length;
    runs.push(ms);
  }
  return { files, ms: median(runs) };
}

async function main() {
  for (const path of [SERVER, CLI]) if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  const corpusAvailable = existsSync(CORPUS);
  if (!corpusAvailable) log(`no corpus at ${CORPUS}: the upstream rows and the CLI row are skipped`);
  if (existsSync(PEER_SCHEMA)) await checkPeerUsesSchema();
  else log(`no peer schema at ${PEER_SCHEMA}: yaml-language-server is skipped`);
  const fallbackTemplate = join(ROOT, 'examples', 'drivers', 'swarm_fedora_atomic_v2', 'templates', 'swarmcluster.yaml');
  const workloads = editWorkloads({ corpus: CORPUS, benchDir: BENCH_DIR, syntheticSizes: SYNTHETIC_SIZES, fallbackTemplate });
  const rows = await editRows(workloads);
  log('cold start');
  const startup = await startupRows(workloads[1].text);
  const templates = corpusTemplates(CORPUS);
  const memory = await memoryRow(templates.length ? templates : [fallbackTemplate]);
  log('CLI over the corpus');
  const cli = await cliRow();
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  const report = renderReport({ rows, startup, memory, cli, machine, quick });
  process.stdout.write(report + '\n');
  if (process.argv.includes('--update-docs')) updateDocs(join(ROOT, 'docs', 'performance.md'), report);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
