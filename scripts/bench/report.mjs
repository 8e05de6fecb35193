// The bench's tables (markdown, printed and optionally written into docs/performance.md) and the
// verdict on each target.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const ms = (value) => (value === undefined ? 'n/a' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (a, b) => (a === undefined || b === undefined ? 'n/a' : `${(a / b).toFixed(2)}x`);
const mib = (bytes) => (bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);
const kib = (bytes) => `${Math.round(bytes / 1024)} KiB`;
const check = (ok) => (ok ? 'met' : '**not met**');

function editTable(rows) {
  const lines = [
    '| document | lines | size | edits | floor median | ours median | ours p95 | yaml-ls median | yaml-ls p95 | ours / floor | ours / yaml-ls | CPU per edit: ours / floor |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { workload, edits, floor, ours, peer } of rows) {
    lines.push(`| ${workload.name} | ${workload.lines} | ${kib(workload.bytes)} | ${edits} | ${ms(floor.median)} (${floor.parser}) | ${ms(ours.median)} | ${ms(ours.p95)} | `
      + `${ms(peer?.median)} | ${ms(peer?.p95)} | ${ratio(ours.median, floor.median)} | ${ratio(ours.median, peer?.median)} | ${ms(ours.cpu)} / ${ms(floor.cpu)} = ${ratio(ours.cpu, floor.cpu)} |`);
  }
  return lines.join('\n');
}

function otherTable({ startup, memory, cli, threads }) {
  const lines = [
    '| measure | ours | reference | ratio |',
    '|---|---:|---:|---:|',
    `| cold start: spawn to first diagnostics of kubecluster.yaml at its path (ms) | ${ms(startup.ours)} | \`node -e 0\`: ${ms(startup.node)} | ${ratio(startup.ours, startup.node)} |`,
    `| cold start of yaml-language-server, same document (ms) | | ${ms(startup.peer)} | ${ratio(startup.ours, startup.peer)} |`,
    `| RSS after opening ${memory.count} templates | ${mib(memory.ours)} | yaml-language-server: ${mib(memory.peer)} | ${ratio(memory.ours, memory.peer)} |`,
  ];
  if (cli) {
    lines.push(`| CLI: \`lint --format json\` of the corpus (${cli.files} files; ${cli.templates} templates, ${cli.distinct} distinct texts), wall (ms) | ${ms(cli.ms)} | Heat's validator, same templates: ${ms(cli.heat)} | ${ratio(cli.heat, cli.ms)} faster |`);
    lines.push(`| the same, CPU time of all threads (ms) | ${ms(cli.cpuMs)} | Heat's validator: ${ms(cli.heatCpuMs)} | ${ratio(cli.heatCpuMs, cli.cpuMs)} less |`);
  } else lines.push('| CLI over the corpus | n/a (no corpus) | | |');
  if (threads) {
    lines.push(`| CLI over ${threads.templates} distinct templates on ${threads.cores} threads, wall (ms) | ${ms(threads.all)} | on one thread: ${ms(threads.one)} | ${ratio(threads.one, threads.all)} speed-up |`);
    lines.push(`| the same, CPU time of all threads (ms) | ${ms(threads.allCpuMs)} | on one thread: ${ms(threads.oneCpuMs)} | ${ratio(threads.allCpuMs, threads.oneCpuMs)} the work |`);
    lines.push(`| control: two single-threaded CLI runs at once against one (speed-up the machine gave two independent jobs) | | | ${threads.machine.toFixed(2)}x |`);
  }
  return lines.join('\n');
}

/** Milliseconds per 1000 lines of each synthetic template: flat when the cost is linear in size. */
function linearity(rows) {
  const synthetic = rows.filter((r) => r.workload.name.startsWith('synthetic'));
  return synthetic.map((r) => ({ name: r.workload.name, perKLines: r.ours.median / (r.workload.lines / 1000), floorPerKLines: r.floor.median / (r.workload.lines / 1000) }));
}

const verdict = (ok) => (ok === undefined ? 'n/a' : ok ? 'PASS' : '**FAIL**');
const times = (value) => (value === undefined ? 'n/a' : `${value.toFixed(2)}x`);

/** The issue's targets, each with its figure and PASS/FAIL. */
function targetLines({ rows, startup, memory, cli, threads }) {
  const overFloor = (row) => row && row.ours.median / row.floor.median;
  const cpuOverFloor = (row) => row && row.ours.cpu / row.floor.cpu;
  const upstream = rows.find((r) => r.workload.name.startsWith('upstream'));
  const twentyRow = rows.find((r) => r.workload.name === 'synthetic 20k lines');
  const largest = overFloor(upstream);
  const twenty = overFloor(twentyRow);
  const heat = cli?.heat && cli.heat / cli.ms;
  const speedUp = threads && threads.one / threads.all;
  const cold = startup.ours / startup.node;
  const when = (value, ok) => (value === undefined ? undefined : ok(value));
  return [
    `- ${verdict(when(largest, (v) => v <= 1.3))} edit-to-diagnostics <= 1.3x the bare parse on the largest upstream template: ${times(largest)} (CPU time ${times(cpuOverFloor(upstream))}).`,
    `- ${verdict(when(twenty, (v) => v <= 1.3))} edit-to-diagnostics <= 1.3x the bare parse on 20k lines: ${times(twenty)} (CPU time ${times(cpuOverFloor(twentyRow))}).`,
    `- ${verdict(when(heat, (v) => v >= 3))} CLI >= 3x faster than Heat's validator over the Magnum corpus: ${times(heat)} (CPU time ${times(cli?.heatCpuMs && cli.heatCpuMs / cli.cpuMs)} less).`,
    `- ${verdict(when(speedUp, (v) => v >= 1.7))} >= 1.7x speed-up on two cores for ${threads?.templates ?? 'n/a'} templates: ${times(speedUp)}${threads && threads.cores !== 2 ? ` (on ${threads.cores} cores)` : ''}; two independent processes got ${times(threads?.machine)} at the same time.`,
    `- ${verdict(cold <= 4)} cold start <= 4x \`node -e 0\`: ${times(cold)}.`,
    `- ${verdict(memory.ours <= 120 * 2 ** 20)} RSS <= 120 MiB with ${memory.count} templates open: ${mib(memory.ours)}.`,
  ];
}

function otherFindings({ rows }) {
  const peerRows = rows.filter((r) => r.workload.kind === 'yaml' && r.peer);
  const slowerThanPeer = peerRows.filter((r) => r.ours.median >= r.peer.median).map((r) => r.workload.name);
  const slopes = linearity(rows);
  const spread = slopes.length ? Math.max(...slopes.map((s) => s.perKLines)) / Math.min(...slopes.map((s) => s.perKLines)) : 1;
  return [
    `- faster than yaml-language-server on the same file: ${peerRows.length === 0 ? 'n/a' : check(slowerThanPeer.length === 0) + (slowerThanPeer.length ? ` (slower on ${slowerThanPeer.join(', ')})` : '')}.`,
    `- linear in size: ${slopes.map((s) => `${s.name} ${s.perKLines.toFixed(1)} ms per 1k lines (parse alone ${s.floorPerKLines.toFixed(1)})`).join('; ')}; largest/smallest ${spread.toFixed(2)}.`,
  ];
}

export function renderReport(result) {
  const { machine, quick } = result;
  const [first, last] = machine.load.map((l) => l.toFixed(1));
  const load = Math.max(...machine.load) > machine.cpus
    ? ` The machine was shared and loaded (load average ${first} at the start, ${last} at the end, on ${machine.cpus} cores): absolute times are inflated; the ratios, measured alternately, are the meaningful part.`
    : ` Load average ${first} at the start, ${last} at the end.`;
  return [
    `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB RAM, Node ${machine.node}${quick ? ' (quick run: few samples)' : ''}. Times in ms.${load}`,
    '',
    editTable(result.rows),
    '',
    otherTable(result),
    '',
    'Targets (issue 15):',
    '',
    ...targetLines(result),
    '',
    'Also:',
    '',
    ...otherFindings(result),
  ].join('\n');
}

/** Replaces the part of docs/performance.md between the bench markers with the new report. */
export function updateDocs(path, report) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : `# Performance\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} ... ${END} markers`);
  writeFileSync(path, `${current.slice(0, start + START.length)}\n${report}\n${current.slice(end)}`);
}
