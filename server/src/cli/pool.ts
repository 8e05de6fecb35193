/**
 * Checking many files on every core: the files are grouped by text (identical copies share one
 * parse), and the main thread and worker threads take groups from one shared counter until none is
 * left. Results are put back in the files' order, so the output is the same as checking them one
 * after the other. Only without --fix (whose writes must happen in order), and only for enough files
 * to repay starting the workers.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { keepNestedParses, sharedParses } from '../engine';
import type { LintCommand } from './args';
import { InputError } from './files';
import { lintFile, type Input, type Outcome } from './lint-file';
import { Project } from './project';

/** Below this many files one thread is faster (a worker takes a few hundred milliseconds to start). */
export const MIN_FILES_PER_THREAD = 48;
const MAX_THREADS = 8;
/** Nested templates are usually checked soon after their parents (same folder): their trees wait that long. */
const KEPT_NESTED_PARSES = 24;
const MAX_CHUNK = 32;

interface Group {
  text: string;
  /** Indexes of the files with this text, in order. */
  files: number[];
}

interface Job {
  cmd: LintCommand;
  cwd: string;
  inputs: Input[];
  groups: Group[];
  /** Consecutive groups taken at once: files of one folder stay together, so a nested template parsed for its parent is at hand when it is checked itself. */
  chunk: number;
  /** One Int32: the next group to take. */
  next: SharedArrayBuffer;
}

interface Failure {
  index: number;
  input: boolean;
  message: string;
  stack?: string;
}

type Results = { outcomes: Array<[number, Outcome]>; failures: Failure[] };

/** Threads to use (the main one included): MAGNUM_HEAT_THREADS, else one per core and per MIN_FILES_PER_THREAD files. */
export function threadCount(files: number, env = process.env): number {
  const forced = Number.parseInt(env.MAGNUM_HEAT_THREADS ?? '', 10);
  if (forced >= 1) return Math.min(forced, MAX_THREADS, Math.max(files, 1));
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS, Math.floor(files / MIN_FILES_PER_THREAD)));
}

function groupByText(texts: string[]): Group[] {
  const groups = new Map<string, Group>();
  texts.forEach((text, index) => {
    const group = groups.get(text);
    if (group) group.files.push(index);
    else groups.set(text, { text, files: [index] });
  });
  return [...groups.values()];
}

/** Takes groups until none is left. A file that fails does not stop the others: the first failing file in order decides. */
function work(job: Job, project: Project, onFile?: (path: string) => void): Results {
  keepNestedParses(KEPT_NESTED_PARSES);
  const counter = new Int32Array(job.next);
  const outcomes: Array<[number, Outcome]> = [];
  const failures: Failure[] = [];
  for (let first = Atomics.add(counter, 0, job.chunk); first < job.groups.length; first = Atomics.add(counter, 0, job.chunk)) {
    for (const { text, files } of job.groups.slice(first, first + job.chunk)) lintGroup(text, files);
  }
  return { outcomes, failures };

  function lintGroup(text: string, files: number[]): void {
    const shared = sharedParses();
    for (const index of files) {
      try {
        onFile?.(job.inputs[index].path);
        outcomes.push([index, lintFile(job.inputs[index], text, project, job.cmd, shared)]);
      } catch (error) {
        const e = error as Error;
        failures.push({ index, input: error instanceof InputError, message: e.message, stack: e.stack });
      }
    }
  }
}

function startWorker(job: Job): Promise<Results> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(require.main?.filename ?? process.argv[1], { workerData: { magnumHeatLint: job } });
    worker.once('message', (results: Results) => resolve(results));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a lint worker stopped (exit status ${code})`)));
  });
}

function rethrow(failure: Failure): never {
  if (failure.input) throw new InputError(failure.message);
  throw Object.assign(new Error(failure.message), { stack: failure.stack });
}

function inOrder(count: number, all: Results[]): Outcome[] {
  const failures = all.flatMap((r) => r.failures).sort((a, b) => a.index - b.index);
  if (failures.length > 0) rethrow(failures[0]);
  const outcomes: Outcome[] = new Array(count);
  for (const r of all) for (const [index, outcome] of r.outcomes) outcomes[index] = outcome;
  return outcomes;
}

/**
 * Every file's outcome, in the files' order. With --fix one file after the other (a fix written may
 * change what a later file reads); else by groups of identical texts, on every core for many files.
 */
export function lintAll(found: Input[], project: Project, cmd: LintCommand, textOf: (input: Input) => string | undefined, onFile?: (path: string) => void): Outcome[] | Promise<Outcome[]> {
  if (cmd.fix) return found.flatMap((input) => {
    onFile?.(input.path);
    const text = textOf(input);
    return text === undefined ? [] : [lintFile(input, text, project, cmd)];
  });
  const read = found.flatMap((input) => {
    const text = textOf(input);
    return text === undefined ? [] : [{ input, text }];
  });
  const inputs = read.map((r) => r.input);
  const paths = inputs.map((i) => i.path);
  const texts = read.map((r) => r.text);
  for (const path of paths) project.configFor(path); // config files in the order the files need them
  const threads = threadCount(paths.length);
  const groups = groupByText(texts);
  const chunk = Math.max(1, Math.min(MAX_CHUNK, Math.floor(groups.length / (threads * 8))));
  const job: Job = { cmd, cwd: project.cwd, inputs, groups, chunk, next: new SharedArrayBuffer(4) };
  if (process.env.MAGNUM_HEAT_DEBUG === '1') process.stderr.write(`magnum-heat: ${paths.length} files, ${job.groups.length} distinct texts, ${threads} thread${threads === 1 ? '' : 's'}\n`);
  const workers = Array.from({ length: threads - 1 }, () => startWorker(job));
  const mine = work(job, project, onFile);
  return workers.length === 0 ? inOrder(paths.length, [mine]) : Promise.all(workers).then((theirs) => inOrder(paths.length, [mine, ...theirs]));
}

/** In a worker thread started by lintAll: does its share and posts the results. */
export function runLintWorker(): boolean {
  const job = (workerData as { magnumHeatLint?: Job } | undefined)?.magnumHeatLint;
  if (isMainThread || !job) return false;
  parentPort!.postMessage(work(job, new Project(job.cmd, job.cwd)));
  return true;
}
