// Timing loops of the bench: edit-to-diagnostics over LSP, the parse floor, cold start, memory, CLI.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { LspSession } from './lsp-session.mjs';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank 95th percentile. */
export function p95(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
}

const languageIdOf = (workload) => (workload.kind === 'conf' ? 'magnum-conf' : 'yaml');

/**
 * Opens the workload's document in every session, then sends `warmup + edits` changes one at a time.
 * Each round times the bare parse of the edited text in this process, then each session from
 * sending didChange to receiving its publishDiagnostics, one after the other: the floor and the
 * servers are measured in the same moments, so a busy machine slows them alike. Returns the timed
 * rounds (ms) by name, the CPU time per timed edit (ms: the servers' processes, this process for
 * the floor) and each session's number of diagnostics at the last publish.
 */
export async function interleavedEdits(sessions, workload, parse, { edits, warmup }) {
  const names = Object.keys(sessions);
  for (const name of names) await sessions[name].open(workload.uri, languageIdOf(workload), workload.text);
  const times = { floor: [], ...Object.fromEntries(names.map((name) => [name, []])) };
  const cpu = { floor: 0 };
  const diagnostics = {};
  const ownCpu = () => { const used = process.cpuUsage(); return (used.user + used.system) / 1000; };
  for (let n = 0; n < warmup + edits; n++) {
    if (n === warmup) for (const name of names) cpu[name] = -sessions[name].cpuMs();
    const { range, text, result } = workload.edit(n);
    const cpuStart = ownCpu();
    let start = performance.now();
    parse(result);
    if (n >= warmup) {
      times.floor.push(performance.now() - start);
      cpu.floor += ownCpu() - cpuStart;
    }
    for (const name of names) {
      start = performance.now();
      const published = await sessions[name].change(workload.uri, n + 2, range, text);
      if (n >= warmup) times[name].push(performance.now() - start);
      diagnostics[name] = published.diagnostics.length;
    }
  }
  for (const name of names) cpu[name] = (cpu[name] + sessions[name].cpuMs()) / edits;
  cpu.floor /= edits;
  return { times, cpu, diagnostics };
}

/** Spawn to first publishDiagnostics of `document`, in ms. */
export async function coldStart(argv, settings, document) {
  const start = performance.now();
  const session = await LspSession.start(argv, settings);
  await session.open(document.uri, document.languageId, document.text);
  const elapsed = performance.now() - start;
  await session.stop();
  return elapsed;
}

const TIME = '/usr/bin/time';
const CPU_LINE = /^bench-cpu (\S+) (\S+)$/m;

/**
 * Spawn to exit of a process (node, unless `command` says), in ms; with GNU time installed also the
 * CPU time it used (user + system, all its threads), which a loaded machine inflates far less.
 */
export function processTime(argv, { command = process.execPath, env = process.env, cpu = false } = {}) {
  const timed = cpu && existsSync(TIME);
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = timed
      ? spawn(TIME, ['-f', 'bench-cpu %U %S', command, ...argv], { stdio: ['ignore', 'pipe', 'pipe'], env })
      : spawn(command, argv, { stdio: ['ignore', 'pipe', 'inherit'], env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk) => { stderr += chunk; });
    child.once('error', reject);
    child.once('exit', (code) => {
      const ms = performance.now() - start;
      const used = CPU_LINE.exec(stderr);
      const rest = stderr.replace(CPU_LINE, '').replace(/^Command exited with non-zero status \d+$/m, '').trim();
      if (timed && rest) process.stderr.write(`${rest}\n`);
      resolve({ ms, code, stdout, cpuMs: used ? (Number(used[1]) + Number(used[2])) * 1000 : undefined });
    });
  });
}

/** RSS of the server after opening every document (each one's first diagnostics received). */
export async function rssAfterOpening(argv, settings, documents) {
  const session = await LspSession.start(argv, settings);
  try {
    for (const document of documents) await session.open(document.uri, document.languageId, document.text);
    return session.rss();
  } finally {
    await session.stop();
  }
}
