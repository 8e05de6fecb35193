/**
 * `openstack coe cluster template create`, `openstack coe cluster create` and `... cluster update`
 * commands read as cluster-template specs, the way python-magnumclient parses them: `--flag value`
 * and `--flag=value`, and `--labels` as its format_labels() does (one `--labels` holding several
 * pairs is split on `,` and `;`; repeated `--labels` are taken whole).
 */
import type { Span } from '../../core/text';
import type { ClusterTemplateSpec, LabelEntry, SpecKind, SpecValue } from '../../cluster-template/model';
import { coeFlag, flagOfField, type CliFlag } from '../../knowledge/coe-cli';
import { shellEdits } from './edits';
import { isComputed, valueSpan, type Word } from './tokenizer';

/** Words that may stand before the command itself. */
const PREFIXES = new Set(['sudo', 'command', 'exec', 'time', 'env', 'nohup', 'then', 'do', 'else', 'if', 'while', '!', '{']);
/** openstack's own options that take no value. */
const GLOBAL_SWITCHES = new Set(['--debug', '--insecure', '-v', '--verbose', '-q', '--quiet', '--no-cache', '--os-beta-command']);
/** Output options of the client's show/list commands, with a value. */
const OUTPUT_OPTIONS = new Set(['-f', '--format', '-c', '--column', '--max-width', '--prefix', '--sort-column', '--sort-ascending']);
const OUTPUT_SWITCHES = new Set(['--noindent', '--fit-width', '--print-empty', '-h', '--help']);

const VERBS: Array<{ words: string[]; kind: SpecKind }> = [
  { words: ['coe', 'cluster', 'template', 'create'], kind: 'cluster-template' },
  { words: ['coe', 'cluster', 'create'], kind: 'cluster' },
  { words: ['coe', 'cluster', 'update'], kind: 'cluster-update' },
];

export interface CoeCommand {
  kind: SpecKind;
  words: Word[];
  /** Index of the first argument after the verb. */
  argsFrom: number;
  /** From `openstack` to the verb's last word. */
  anchor: Span;
}

const isOpenstack = (w: Word) => !w.computed && (w.value === 'openstack' || w.value.endsWith('/openstack'));

export function findCoeCommand(words: Word[]): CoeCommand | undefined {
  let i = 0;
  while (i < words.length && (PREFIXES.has(words[i].value) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i].value) || (i > 0 && words[i].value.startsWith('-') && !isOpenstack(words[i])))) i++;
  if (i >= words.length || !isOpenstack(words[i])) return undefined;
  const start = words[i].start;
  i++;
  while (i < words.length && words[i].value.startsWith('-')) i += words[i].value.includes('=') || GLOBAL_SWITCHES.has(words[i].value) ? 1 : 2;
  for (const verb of VERBS) {
    if (verb.words.every((v, k) => words[i + k]?.value === v && !words[i + k].computed)) {
      const last = words[i + verb.words.length - 1];
      return { kind: verb.kind, words, argsFrom: i + verb.words.length, anchor: { start, end: last.end } };
    }
  }
  return undefined;
}

/** One `--labels` argument (or a `labels=` update attribute): the word and where its value starts. */
export interface LabelsArg {
  word: Word;
  from: number;
  /** The option word (`--labels`, or the word itself for `--labels=...`). */
  flag: Word;
}

function typed(flag: CliFlag, text: string): string | number | boolean {
  return flag.type === 'integer' && /^\s*[+-]?\d+\s*$/.test(text) ? Number(text) : text;
}

function valueOf(word: Word, from: number, nameSpan: Span, spelledAs: string, flag: CliFlag | undefined): SpecValue {
  const raw = word.value.slice(from);
  const computed = isComputed(word, from, word.value.length);
  return { value: computed ? undefined : flag ? typed(flag, raw) : raw, raw, span: valueSpan(word, from), nameSpan, spelledAs };
}

/** Labels as magnumclient's format_labels() reads the `--labels` arguments. */
export function labelsOf(args: LabelsArg[]): { labels: LabelEntry[]; known: boolean } {
  const labels: LabelEntry[] = [];
  let known = true;
  const split = args.length === 1 && (args[0].word.value.slice(args[0].from).match(/=/g)?.length ?? 0) > 1;
  for (const { word, from } of args) {
    const text = word.value;
    const pieces: Array<[number, number]> = [];
    if (split) {
      let at = from;
      for (let k = from; k <= text.length; k++) {
        if (k === text.length || text[k] === ',' || text[k] === ';') {
          pieces.push([at, k]);
          at = k + 1;
        }
      }
    } else pieces.push([from, text.length]);
    for (const [a, b] of pieces) {
      const eq = text.indexOf('=', a);
      if (eq < 0 || eq >= b) {
        if (isComputed(word, a, b)) known = false; // a whole `$LABELS`: the labels are not known
        continue;
      }
      if (isComputed(word, a, eq)) {
        known = false;
        continue;
      }
      const name = text.slice(a, eq);
      const computed = isComputed(word, eq + 1, b);
      labels.push({ name, value: computed ? undefined : text.slice(eq + 1, b), raw: text.slice(eq + 1, b), span: valueSpan(word, eq + 1, b), nameSpan: valueSpan(word, a, eq), spelledAs: name });
    }
  }
  return { labels, known };
}

const SOURCES: Record<SpecKind, string> = {
  'cluster-template': 'openstack coe cluster template create',
  cluster: 'openstack coe cluster create',
  'cluster-update': 'openstack coe cluster update',
};

const POSITIONALS: Record<SpecKind, string[]> = { 'cluster-template': ['name'], cluster: ['name'], 'cluster-update': ['name', 'op'] };

export function commandSpec(command: CoeCommand, text: string): ClusterTemplateSpec {
  const { kind, words, argsFrom } = command;
  const fields = new Map<string, SpecValue>();
  const labelArgs: LabelsArg[] = [];
  const positionals = [...POSITIONALS[kind]];
  for (let i = argsFrom; i < words.length; i++) {
    const w = words[i];
    const eq = w.value.indexOf('=');
    if (w.value.startsWith('--') || (w.value.startsWith('-') && w.value.length === 2)) {
      const name = eq > 0 ? w.value.slice(0, eq) : w.value;
      const nameSpan = valueSpan(w, 0, name.length);
      const flag = coeFlag(kind, name);
      if (flag?.type === 'flag' || OUTPUT_SWITCHES.has(name)) {
        if (flag) fields.set(flag.field, { value: flag.sets ?? true, raw: name, span: nameSpan, nameSpan, spelledAs: name });
        continue;
      }
      const [holder, from] = eq > 0 ? [w, eq + 1] : [words[i + 1], 0];
      if (eq < 0) i++;
      if (!holder || OUTPUT_OPTIONS.has(name) || !flag) continue;
      if (flag.field === 'labels') {
        labelArgs.push({ word: holder, from, flag: w });
        // The first --labels, as a field whose value is given label by label; rules point at its flag.
        if (!fields.has('labels')) fields.set('labels', { value: undefined, raw: holder.value.slice(from), span: valueSpan(holder, from), nameSpan, spelledAs: name });
      }
      else fields.set(flag.field, valueOf(holder, from, nameSpan, name, flag));
      continue;
    }
    if (kind === 'cluster-update' && !positionals.length && eq > 0) {
      const path = w.value.slice(0, eq).replace(/^\//, '');
      if (path === 'labels') labelArgs.push({ word: w, from: eq + 1, flag: w });
      else fields.set(path, valueOf(w, eq + 1, valueSpan(w, 0, eq), path, undefined));
      continue;
    }
    const positional = positionals.shift();
    if (positional) fields.set(positional, valueOf(w, 0, valueSpan(w), `<${positional}>`, undefined));
  }
  const { labels, known } = labelsOf(labelArgs);
  const last = words[words.length - 1];
  return {
    kind,
    span: { start: command.anchor.start, end: last.end },
    anchor: command.anchor,
    source: SOURCES[kind],
    fields,
    labels,
    labelsKnown: known,
    edits: shellEdits(text, command, labelArgs),
    fieldName: (field) => flagOfField(kind, field) ?? field,
  };
}
