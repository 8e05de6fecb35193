/**
 * A small POSIX-shell tokenizer, enough to read commands: words with their unquoted value and the
 * source offset of every value character, quotes ('…', "…", $'…'), backslash escapes and `\`
 * line continuations, `#` comments, command separators, and expansions (`$VAR`, `${…}`, `$(…)`,
 * backquotes) that make a word computed. Heredoc bodies are skipped. Nothing is executed.
 */
import type { Span } from '../../core/text';

export interface Word {
  /** The word as the shell passes it on (quotes removed, escapes resolved); expansions kept as written. */
  value: string;
  /** Source offset of each character of `value`, and one more for its end. */
  offsets: number[];
  start: number;
  end: number;
  /** Holds an expansion whose value is not known. */
  computed: boolean;
  /** [from, to) ranges of `value` that are expansions. */
  expansions: Array<[number, number]>;
}

export interface ShellTokens {
  /** Simple commands, each a list of words. */
  commands: Word[][];
  comments: Span[];
}

const SEPARATORS = new Set([';', '&', '|', '(', ')', '\n']);
const BLANK = /[ \t\r]/;

class Builder {
  value = '';
  offsets: number[] = [];
  computed = false;
  expansions: Array<[number, number]> = [];
  start = -1;
  push(ch: string, at: number): void {
    if (this.start < 0) this.start = at;
    this.value += ch;
    this.offsets.push(at);
  }
  /** Copies source text [from, to) into the value as an expansion. */
  expansion(text: string, from: number, to: number): void {
    const at = this.value.length;
    for (let k = from; k < to; k++) this.push(text[k], k);
    this.expansions.push([at, this.value.length]);
    this.computed = true;
  }
  /** A single-quoted run opened at `quote`, its text from `from` to the closing quote; returns the offset after it. */
  literal(text: string, quote: number, from: number): number {
    this.touch(quote);
    const close = text.indexOf("'", from);
    const end = close < 0 ? text.length : close;
    for (let j = from; j < end; j++) this.push(text[j], j);
    return end + 1;
  }
  touch(at: number): void {
    if (this.start < 0) this.start = at;
  }
  take(end: number): Word | undefined {
    if (this.start < 0) return undefined;
    const word = { value: this.value, offsets: [...this.offsets, end], start: this.start, end, computed: this.computed, expansions: this.expansions };
    this.value = '';
    this.offsets = [];
    this.computed = false;
    this.expansions = [];
    this.start = -1;
    return word;
  }
}

/** The end of a `$(…)`, `${…}` or backquote expansion starting at `i` (the `$` or the backquote). */
function expansionEnd(text: string, i: number): number {
  if (text[i] === '`') {
    const close = text.indexOf('`', i + 1);
    return close < 0 ? text.length : close + 1;
  }
  const open = text[i + 1];
  const close = open === '(' ? ')' : '}';
  let depth = 0;
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return j + 1;
    else if (c === "'" && open === '(') {
      const q = text.indexOf("'", j + 1);
      j = q < 0 ? text.length : q;
    }
  }
  return text.length;
}

/** `$name`, `$1`, `$?`...: the end of a plain parameter expansion at `i`, or `i` when `$` stands alone. */
function parameterEnd(text: string, i: number): number {
  const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9#?$!*@-]/.exec(text.slice(i + 1, i + 64));
  return m ? i + 1 + m[0].length : i;
}

const HEREDOC = /^<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/;

export function tokenize(text: string): ShellTokens {
  const commands: Word[][] = [];
  const comments: Span[] = [];
  const heredocs: Array<{ tag: string; strip: boolean }> = [];
  let words: Word[] = [];
  const word = new Builder();
  const endWord = (at: number) => {
    const w = word.take(at);
    if (w) words.push(w);
  };
  const endCommand = () => {
    if (words.length) commands.push(words);
    words = [];
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      if (text[i + 1] === '\n') i += 2; // a line continuation joins the lines
      else if (text[i + 1] === '\r' && text[i + 2] === '\n') i += 3;
      else {
        if (i + 1 < text.length) word.push(text[i + 1], i + 1);
        i += 2;
      }
      continue;
    }
    if (c === "'") {
      i = word.literal(text, i, i + 1);
      continue;
    }
    if (c === '"') {
      word.touch(i);
      let j = i + 1;
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\' && '"\\$`\n'.includes(text[j + 1] ?? '')) {
          if (text[j + 1] !== '\n') word.push(text[j + 1], j + 1);
          j += 2;
        } else if (text[j] === '$' || text[j] === '`') {
          const end = text[j] === '`' || text[j + 1] === '(' || text[j + 1] === '{' ? expansionEnd(text, j) : parameterEnd(text, j);
          if (end === j) { word.push('$', j); j++; continue; }
          word.expansion(text, j, end);
          j = end;
        } else {
          word.push(text[j], j);
          j++;
        }
      }
      i = j + 1;
      continue;
    }
    if (c === '$' || c === '`') {
      const end = c === '`' || text[i + 1] === '(' || text[i + 1] === '{' ? expansionEnd(text, i) : text[i + 1] === "'" ? -1 : parameterEnd(text, i);
      if (end === -1) { // $'…' ANSI-C quoting: taken literally, escapes left as written
        i = word.literal(text, i, i + 2);
        continue;
      }
      if (end === i) { word.push('$', i); i++; continue; }
      word.expansion(text, i, end);
      i = end;
      continue;
    }
    if (c === '#' && word.start < 0) {
      const eol = text.indexOf('\n', i);
      const end = eol < 0 ? text.length : eol;
      comments.push({ start: i, end: text[end - 1] === '\r' ? end - 1 : end });
      i = end;
      continue;
    }
    if (c === '<' && text[i + 1] === '<' && text[i + 2] !== '<') {
      const m = HEREDOC.exec(text.slice(i, i + 80));
      if (m) {
        endWord(i);
        heredocs.push({ tag: m[2], strip: text[i + 2] === '-' });
        i += m[0].length;
        continue;
      }
    }
    if (BLANK.test(c)) {
      endWord(i);
      i++;
      continue;
    }
    if (SEPARATORS.has(c)) {
      endWord(i);
      endCommand();
      i++;
      if (c === '\n' && heredocs.length) i = skipHeredocs(text, i, heredocs.splice(0));
      continue;
    }
    word.push(c, i);
    i++;
  }
  endWord(text.length);
  endCommand();
  return { commands, comments };
}

/** Skips heredoc bodies that start at `i`, one per pending heredoc. */
function skipHeredocs(text: string, i: number, pending: Array<{ tag: string; strip: boolean }>): number {
  for (const { tag, strip } of pending) {
    while (i < text.length) {
      const eol = text.indexOf('\n', i);
      const end = eol < 0 ? text.length : eol;
      const line = text.slice(i, end).replace(/\r$/, '');
      i = end + 1;
      // Lenient on indentation: runbooks indent whole scripts, and a missed end would swallow the rest.
      if ((strip ? line.replace(/^\t+/, '') : line).trim() === tag) break;
    }
  }
  return Math.min(i, text.length);
}

/** Whether characters [from, to) of a word's value include an expansion. */
export function isComputed(word: Word, from: number, to: number): boolean {
  return word.expansions.some(([a, b]) => a < to && b > from);
}

/** The span of characters [from, to) of a word's value in the source. */
export function valueSpan(word: Word, from = 0, to = word.value.length): Span {
  if (from >= to) return { start: word.offsets[from], end: word.offsets[from] };
  return { start: word.offsets[from], end: word.offsets[to - 1] + 1 };
}
