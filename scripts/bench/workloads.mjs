// The documents the bench edits, and the edit each one gets: all read or built at bench time.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { syntheticTemplate } from './synthetic.mjs';
import { driversCopy } from './trees.mjs';

function filesUnder(dir, name) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, name);
    return name.test(entry.name) ? [full] : [];
  });
}

/** Every YAML file of the corpus that holds a Heat template, sorted for a stable selection. */
export function corpusTemplates(corpus) {
  if (!existsSync(corpus)) return [];
  return filesUnder(corpus, /\.ya?ml$/).sort().filter((file) => /^heat_template_version\s*:/m.test(readFileSync(file, 'utf8')));
}

/** The largest upstream kubecluster.yaml (by bytes). */
export function largestKubecluster(corpus) {
  if (!existsSync(corpus)) return undefined;
  const files = filesUnder(corpus, /^kubecluster\.yaml$/).map((file) => ({ file, size: statSync(file).size }));
  return files.sort((a, b) => b.size - a.size || a.file.localeCompare(b.file))[0]?.file;
}

const lineCount = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/**
 * Where the edit goes: a YAML comment line inserted before a resource in the middle of the
 * resources section, or an INI comment before a section header in the middle of the file. Both
 * keep the document's meaning, so every edit of a run costs the same.
 */
function editLine(text, kind) {
  const lines = text.split('\n');
  const candidates = [];
  if (kind === 'conf') {
    lines.forEach((line, i) => { if (/^\[[^\]]+\]\s*$/.test(line)) candidates.push(i); });
  } else {
    const start = lines.findIndex((line) => /^resources\s*:/.test(line));
    for (let i = start + 1; i < lines.length && !/^\S/.test(lines[i] || ' '); i++) {
      if (/^  [A-Za-z0-9_.-]+\s*:\s*$/.test(lines[i])) candidates.push(i);
    }
  }
  if (candidates.length === 0) throw new Error(`no place to edit in this ${kind} document`);
  return candidates[Math.floor(candidates.length / 2)];
}

export function makeWorkload(name, kind, uri, text) {
  const line = editLine(text, kind);
  const inserted = kind === 'conf' ? '# bench edit\n' : '  # bench edit\n';
  const lines = text.split('\n');
  const edited = [...lines.slice(0, line), inserted.slice(0, -1), ...lines.slice(line)].join('\n');
  return {
    name, kind, uri, text, lines: lineCount(text), bytes: Buffer.byteLength(text),
    /** The n-th edit (0-based): even ones insert the comment line, odd ones remove it again. */
    edit(n) {
      const at = { line, character: 0 };
      return n % 2 === 0
        ? { range: { start: at, end: at }, text: inserted, result: edited }
        : { range: { start: at, end: { line: line + 1, character: 0 } }, text: '', result: text };
    },
  };
}

/**
 * The documents of the edit table: a magnum.conf, the largest upstream template at its own path in
 * the corpus, and synthetic ones at the same place in copies of its drivers folder (so every driver-
 * and file-specific rule runs, and nested templates and environments are read from disk).
 */
export function editWorkloads({ corpus, benchDir, syntheticSizes, fallbackTemplate, scratch }) {
  const workloads = [makeWorkload('magnum.conf (deployment)', 'conf', 'file:///bench/etc/magnum/magnum.conf', readFileSync(join(benchDir, 'data', 'magnum.conf'), 'utf8'))];
  const kubecluster = largestKubecluster(corpus);
  const template = kubecluster ?? fallbackTemplate;
  const base = readFileSync(template, 'utf8');
  if (kubecluster) {
    workloads.push(makeWorkload(`upstream kubecluster.yaml (${kubecluster.slice(corpus.length + 1).split('/')[0]})`, 'yaml', pathToFileURL(kubecluster).href, base));
  }
  for (const size of syntheticSizes) {
    const path = driversCopy(template, join(scratch, `synthetic-${size}`));
    workloads.push(makeWorkload(`synthetic ${size / 1000}k lines`, 'yaml', pathToFileURL(path).href, syntheticTemplate(base, size)));
  }
  return workloads;
}
