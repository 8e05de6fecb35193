/**
 * The shell a runbook shows: its shell code blocks, found line by line, with everything else blanked
 * (same length, newlines kept) so the shell reader's offsets are the document's own. `$ ` prompts
 * are blanked too; in console blocks the lines without a prompt are output, unless they continue a command.
 */
const SHELL_INFO = new Set(['sh', 'bash', 'shell', 'zsh', 'ksh', 'console', 'shell-session', 'sh-session', 'shellsession', 'terminal']);
const CONSOLE_INFO = new Set(['console', 'shell-session', 'sh-session', 'shellsession', 'terminal']);
const PROMPT = /^([ \t]*)((?:\([^)]*\)\s*)?[\w.@:~/-]*[$%#]\s|\$\s?)/;

interface Line { start: number; end: number; text: string }

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const eol = text.indexOf('\n', start);
    const end = eol < 0 ? text.length : eol;
    out.push({ start, end, text: text.slice(start, end).replace(/\r$/, '') });
    if (eol < 0) break;
    start = eol + 1;
  }
  return out;
}

class Mask {
  private chars: string[];
  constructor(private text: string) {
    this.chars = text.replace(/[^\r\n]/g, ' ').split('');
  }
  /** Keeps a code line, its prompt (if any) blanked; in console blocks a line without a prompt only when it continues a command. */
  keep(line: Line, console: boolean, continued: boolean): boolean {
    const prompt = PROMPT.exec(line.text);
    const isPrompt = prompt && (console || prompt[2].startsWith('$'));
    if (console && !isPrompt && !continued) return false;
    const from = line.start + (isPrompt ? prompt[0].length : 0);
    for (let i = from; i < line.start + line.text.length; i++) this.chars[i] = this.text[i];
    return /\\$/.test(line.text);
  }
  toString(): string {
    return this.chars.join('');
  }
}

function keepBlock(mask: Mask, lines: Line[], console: boolean): void {
  let continued = false;
  for (const line of lines) continued = mask.keep(line, console, continued);
}

/** Markdown: fenced blocks (``` or ~~~) whose info string names a shell or console. */
export function markdownShell(text: string): string {
  const mask = new Mask(text);
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    const open = /^[ \t]*(`{3,}|~{3,})[ \t]*([\w-]*)/.exec(lines[i].text);
    if (!open) continue;
    const fence = open[1];
    const info = open[2].toLowerCase();
    let j = i + 1;
    while (j < lines.length && !lines[j].text.trimStart().startsWith(fence)) j++;
    if (SHELL_INFO.has(info)) keepBlock(mask, lines.slice(i + 1, j), CONSOLE_INFO.has(info));
    i = j;
  }
  return mask.toString();
}

const indentOf = (s: string) => /^[ \t]*/.exec(s)![0].length;

/** reStructuredText: `.. code-block:: bash` (and code, sourcecode) blocks, and `::` literal blocks. */
export function rstShell(text: string): string {
  const mask = new Mask(text);
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    const directive = /^([ \t]*)\.\. (?:code-block|code|sourcecode)::[ \t]*([\w-]*)/.exec(lines[i].text);
    const literal = !directive && /::[ \t]*$/.test(lines[i].text) && !/^\s*\.\. /.test(lines[i].text);
    if (!directive && !literal) continue;
    const info = directive?.[2].toLowerCase() ?? 'sh';
    const base = indentOf(lines[i].text);
    let j = i + 1;
    while (j < lines.length && (lines[j].text.trim() === '' || /^\s+:[\w-]+:/.test(lines[j].text))) j++;
    const body: Line[] = [];
    while (j < lines.length && (lines[j].text.trim() === '' || indentOf(lines[j].text) > base)) body.push(lines[j++]);
    if (SHELL_INFO.has(info)) keepBlock(mask, body, CONSOLE_INFO.has(info));
    i = j - 1;
  }
  return mask.toString();
}
