/** Fixes written in shell syntax: options appended (on a continuation line when the command has them), values and labels edited in place. */
import type { OffsetEdit } from '../../core/rule';
import type { SpecEdits } from '../../cluster-template/model';
import { flagOfField } from '../../knowledge/coe-cli';
import type { CoeCommand, LabelsArg } from './commands';

/** A word the shell passes on unchanged, else single-quoted. */
export function shellWord(value: string | number | boolean): string {
  const text = String(value);
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/** Appends words after the command's last word: on a new continuation line when the command spans lines. */
function appendWords(text: string, command: CoeCommand, words: string): OffsetEdit {
  const last = command.words[command.words.length - 1];
  const first = command.words[0];
  const lastLine = lineStart(text, last.start);
  if (lastLine === lineStart(text, first.start)) return { start: last.end, end: last.end, newText: ` ${words}` };
  const indent = /^[ \t]*/.exec(text.slice(lastLine))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: last.end, end: last.end, newText: ` \\${eol}${indent}${words}` };
}

const insideQuotes = (text: string, at: number) => text[at - 1] === "'" || text[at - 1] === '"';

export function shellEdits(text: string, command: CoeCommand, labelArgs: LabelsArg[]): SpecEdits {
  return {
    addField(field, value) {
      const flag = flagOfField(command.kind, field);
      if (!flag) return undefined;
      return [appendWords(text, command, value === true ? flag : `${flag} ${shellWord(value)}`)];
    },
    replaceValue(target, value) {
      const quoted = insideQuotes(text, target.span.start) || text.slice(target.span.start, target.span.end) !== target.raw;
      if (quoted && /['"\\$`]/.test(String(value))) return undefined;
      return [{ start: target.span.start, end: target.span.end, newText: quoted ? String(value) : shellWord(value) }];
    },
    addLabel(name, value) {
      const pair = `${name}=${value}`;
      const only = labelArgs.length === 1 ? labelArgs[0] : undefined;
      const text0 = only?.word.value.slice(only.from) ?? '';
      // One --labels is split on , and ; only when it holds more than one '='; keep that reading.
      if (only && ((text0.match(/=/g)?.length ?? 0) > 1 || !/[,;]/.test(text0))) {
        const end = only.word.offsets[only.word.value.length - 1] + 1;
        const piece = text0 === '' ? pair : `,${pair}`;
        return [{ start: end, end, newText: insideQuotes(text, end + 1) || /^[A-Za-z0-9_.:/@%+=,-]*$/.test(piece) ? piece : shellWord(piece) }];
      }
      return [appendWords(text, command, `--labels ${shellWord(pair)}`)];
    },
    renameLabel(label, name) {
      return [{ start: label.nameSpan.start, end: label.nameSpan.end, newText: name }];
    },
  };
}
