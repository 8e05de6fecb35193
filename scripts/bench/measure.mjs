// Timing loops of the bench: edit-to-diagnostics over LSP, the parse floor, cold start, memory, CLI.
import { spawn } from 'node:child_process';
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
 * Opens the workload's document, then sends `warmup + edits` changes one at a time, each timed from
 * sending didChange to receiving its publishDiagnostics. Returns the timed ones (ms) and the number
 * of diagnostics of the last publish.
 */
export async function editTimes(session, workload, { edits, warmup }) {
  await session.open(workload.uri, languageIdOf(workload), workload.text);
  const times = [];
  let diagnostics = 0;
  for (let n = 0; n < warmup + edits; n++) {
    const { range, text } = workload.edit(n);
    const start = performance.now();
    const published = await session.change(workload.uri, n + 2, range, text);
    const elapsed = performance.now() - start;
    if (n >= warmup) times.push(elapsed);
    diagnostics = published.diagnostics.length;
  }
  return { times, diagnostics };
}

/** The same texts the server gets, parsed in this process by `parse` alone. */
export function floorTimes(workload, parse, { edits, warmup }) {
  const times = [];
  for (let n = 0; n < warmup + edits; n++) {
    const text = workload.edit(n).result;
    const start = performance.now();
    parse(text);
    const elapsed = performance.now() - start;
    if (n >= warmup) times.push(elapsed);
  }
  return times;
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

/** Spawn to exit of a process, in ms. */
export function processTime(argv) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.once('error', reject);
    child.once('exit', (code) => resolve({ ms: performance.now() - start, code, stdout }));
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
