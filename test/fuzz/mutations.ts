/** Ways to damage a document, each deterministic given the generator's state. */
import type { Random } from './random';

export interface Mutation {
  name: string;
  apply(text: string, random: Random): string;
  /** Makes a large or slow-to-parse document: applied to a few seeds only, to keep the suite fast. */
  heavy?: boolean;
}

const splitLines = (text: string) => text.split('\n');

function mapLines(text: string, random: Random, change: (line: string) => string, share = 0.2): string {
  return splitLines(text).map((line) => (random.next() < share ? change(line) : line)).join('\n');
}

function insertAt(text: string, random: Random, inserted: string): string {
  const at = random.int(text.length + 1);
  return text.slice(0, at) + inserted + text.slice(at);
}

/** Nested flow collections `[[[...]]]` (or maps), `depth` deep. */
export function deepFlow(depth: number, open = '[', close = ']'): string {
  return open.repeat(depth) + close.repeat(depth);
}

/** An alias bomb: each anchor holds ten aliases of the previous one (10^levels leaves once expanded). */
export function aliasBomb(levels: number): string {
  const lines = ['bomb_0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= levels; i++) lines.push(`bomb_${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  lines.push(`merged: {<<: *a${levels}, key: value}`);
  return lines.join('\n');
}

export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'delete lines',
    apply: (text, random) => {
      const lines = splitLines(text);
      const at = random.int(lines.length);
      lines.splice(at, 1 + random.int(3));
      return lines.join('\n');
    },
  },
  {
    name: 'duplicate lines',
    apply: (text, random) => {
      const lines = splitLines(text);
      const at = random.int(lines.length);
      lines.splice(at, 0, ...lines.slice(at, at + 1 + random.int(6)));
      return lines.join('\n');
    },
  },
  { name: 'indent lines', apply: (text, random) => mapLines(text, random, (line) => ' '.repeat(1 + random.int(4)) + line) },
  { name: 'dedent lines', apply: (text, random) => mapLines(text, random, (line) => line.replace(/^ {1,3}/, '')) },
  { name: 'tabs for indentation', apply: (text, random) => mapLines(text, random, (line) => line.replace(/^( {2})+/, (s) => '\t'.repeat(s.length / 2)), 0.5) },
  { name: 'random bytes', apply: (text, random) => insertAt(text, random, random.bytes(1 + random.int(64)).toString('utf8')) },
  { name: 'invalid UTF-8', apply: (text, random) => insertAt(text, random, Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28, 0xbc, 0xff]).toString('utf8')) },
  { name: 'lone surrogates', apply: (text, random) => insertAt(text, random, '\ud800x\udfff') },
  { name: 'NUL characters', apply: (text, random) => insertAt(text, random, '\0\0key\0: \0') },
  { name: 'BOM', apply: (text) => `\ufeff${text}` },
  { name: 'CRLF', apply: (text) => text.replace(/\r?\n/g, '\r\n') },
  { name: 'CR only', apply: (text) => text.replace(/\r?\n/g, '\r') },
  { name: 'mixed line breaks', apply: (text, random) => text.replace(/\n/g, () => random.pick(['\n', '\r\n', '\r'])) },
  { name: 'huge line', heavy: true, apply: (text, random) => insertAt(text, random, `\n${random.pick(['key: ', '', 'x = ', '  - '])}${'a'.repeat(200_000)}\n`) },
  { name: 'truncate', apply: (text, random) => text.slice(0, random.int(text.length + 1)) },
  { name: 'deep flow nesting', heavy: true, apply: (text, random) => insertAt(text, random, `\nnested: ${deepFlow(10_000, random.pick(['[', '{a: ']), random.pick([']', '}']))}\n`) },
  { name: 'alias bomb', heavy: true, apply: (text, random) => insertAt(text, random, `\n${aliasBomb(9)}\n`) },
  { name: 'stray brackets and quotes', apply: (text, random) => insertAt(text, random, random.pick(['[', ']', '{', '}', '"', "'", ': :', '? ', '&a *b', '!!binary', '%YAML 1.1\n---\n', '...\n', '\n---\n'])) },
];
