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
    '| document | lines | size | edits | floor median | ours median | ours p95 | yaml-ls median | yaml-ls p95 | ours / floor | ours / yaml-ls |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { workload, edits, floor, ours, peer } of rows) {
    lines.push(`| ${workload.name} | ${workload.lines} | ${kib(workload.bytes)} | ${edits} | ${ms(floor.median)} (${floor.parser}) | ${ms(ours.median)} | ${ms(ours.p95)} | `
      + `${ms(peer?.median)} | ${ms(peer?.p95)} | ${ratio(ours.median, floor.median)} | ${ratio(ours.median, peer?.median)} |`);
  }
  return lines.join('\n');
}

function otherTable({ startup, memory, cli }) {
  return [
    '| measure | ours | reference | ratio |',
    '|---|---:|---:|---:|',
    `| cold start: spawn to first diagnostics of kubecluster.yaml (ms) | ${ms(startup.ours)} | \`node -e 0\`: ${ms(startup.node)} | ${ratio(startup.ours, startup.node)} |`,
    `| cold start of yaml-language-server, same document (ms) | | ${ms(startup.peer)} | ${ratio(startup.ours, startup.peer)} |`,
    `| RSS after opening ${memory.count} templates | ${mib(memory.ours)} | yaml-language-server: ${mib(memory.peer)} | ${ratio(memory.ours, memory.peer)} |`,
    cli ? `| CLI: \`lint --format json\` of the corpus, ${cli.files} files | ${(cli.files / (cli.ms / 1000)).toFixed(0)} files/s (${(cli.ms / 1000).toFixed(2)} s) | | |` : '| CLI over the corpus | n/a (no corpus) | | |',
  ].join('\n');
}

/** Milliseconds per 1000 lines of each synthetic template: flat when the cost is linear in size. */
function linearity(rows) {
  const synthetic = rows.filter((r) => r.workload.name.startsWith('synthetic'));
  return synthetic.map((r) => ({ name: r.workload.name, perKLines: r.ours.median / (r.workload.lines / 1000), floorPerKLines: r.floor.median / (r.workload.lines / 1000) }));
}

function targets({ rows, startup, memory }) {
  const yamlRows = rows.filter((r) => r.workload.kind === 'yaml');
  const worstFloor = Math.max(...yamlRows.map((r) => r.ours.median / r.floor.median));
  const peerRows = yamlRows.filter((r) => r.peer);
  const slowerThanPeer = peerRows.filter((r) => r.ours.median >= r.peer.median).map((r) => r.workload.name);
  const slopes = linearity(rows);
  const spread = slopes.length ? Math.max(...slopes.map((s) => s.perKLines)) / Math.min(...slopes.map((s) => s.perKLines)) : 1;
  return [
    `- edit-to-diagnostics <= 1.5x the bare parse on every template: worst ${worstFloor.toFixed(2)}x, ${check(worstFloor <= 1.5)}.`,
    `- faster than yaml-language-server on the same file: ${peerRows.length === 0 ? 'n/a' : check(slowerThanPeer.length === 0) + (slowerThanPeer.length ? ` (slower on ${slowerThanPeer.join(', ')})` : '')}.`,
    `- linear in size: ${slopes.map((s) => `${s.name} ${s.perKLines.toFixed(1)} ms per 1k lines (parse alone ${s.floorPerKLines.toFixed(1)})`).join('; ')}; largest/smallest ${spread.toFixed(2)}.`,
    `- cold start <= 5x \`node -e 0\`: ${(startup.ours / startup.node).toFixed(2)}x, ${check(startup.ours <= 5 * startup.node)}.`,
    `- RSS <= 120 MB after opening ${memory.count} templates: ${mib(memory.ours)}, ${check(memory.ours <= 120e6)}.`,
  ].join('\n');
}

export function renderReport(result) {
  const { machine, quick } = result;
  return [
    `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB RAM, Node ${machine.node}${quick ? ' (quick run: few samples)' : ''}. Times in ms.`,
    '',
    editTable(result.rows),
    '',
    otherTable(result),
    '',
    'Targets:',
    '',
    targets(result),
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
