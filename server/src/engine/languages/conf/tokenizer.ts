/**
 * oslo.config INI tokenizer with source positions. It follows oslo_config.iniparser exactly
 * (see docs/oslo-ini.md in the design notes): comments only in column 1, no inline comments,
 * continuation lines start with a space or tab, the first of '=' or ':' separates, one pair of
 * matching quotes is removed from the first value line. Unlike oslo it never stops at an error:
 * each bad line becomes an error and parsing goes on.
 */
import { LineIndex, type Span } from '../../core/text';

export interface ConfSection {
  /** The name exactly as written between the brackets (not stripped, as oslo does). */
  name: string;
  nameSpan: Span;
  headerSpan: Span;
  entries: ConfEntry[];
}

export interface ConfEntry {
  /** undefined for a key written before any section header (an error). */
  section: ConfSection | undefined;
  key: string;
  keySpan: Span;
  separator: '=' | ':';
  separatorOffset: number;
  /** The value as oslo sees it: quote-stripped first line, continuation lines joined with '\n'. */
  value: string;
  /** From the first value character to the end of the last continuation line's text. */
  valueSpan: Span;
  /** The whole entry: from the start of the key line (keys start in column 1) to the end of its last continuation line's text. */
  span: Span;
  /** Offset just after the entry's last line break (or end of text): where a line after it begins. */
  nextLineStart: number;
}

export interface ConfParseError {
  message: string;
  span: Span;
}

export interface ConfDocument {
  text: string;
  index: LineIndex;
  sections: ConfSection[];
  entries: ConfEntry[];
  errors: ConfParseError[];
}

// Python's str.isspace() set, which rstrip()/strip() use (differs from JS \s).
const PY_SPACE = /[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

// Character loops, not `[...]+$` regexes: those are quadratic on long runs of spaces.
function rstripLength(s: string): number {
  let end = s.length;
  while (end > 0 && PY_SPACE.test(s[end - 1])) end--;
  return end;
}

function lstripLength(s: string): number {
  let start = 0;
  while (start < s.length && PY_SPACE.test(s[start])) start++;
  return start;
}

/** Python's str.strip(), which oslo.config's value types apply. */
export function pyStrip(s: string): string {
  const start = lstripLength(s);
  return start === s.length ? '' : s.slice(start, rstripLength(s));
}

/** The stripped sub-span of text[start, end). */
function strippedSpan(text: string, start: number, end: number): Span {
  const slice = text.slice(start, end);
  const lead = lstripLength(slice);
  if (lead === slice.length) return { start: end, end };
  return { start: start + lead, end: start + rstripLength(slice) };
}

export function parseConf(text: string): ConfDocument {
  const index = new LineIndex(text);
  const doc: ConfDocument = { text, index, sections: [], entries: [], errors: [] };
  let section: ConfSection | undefined;
  let pending: ConfEntry | undefined;
  const valueLines: string[] = [];

  const flush = () => {
    if (!pending) return;
    pending.value = valueLines.join('\n');
    if (!pending.section) {
      doc.errors.push({ message: 'Section must be started before assignment', span: pending.span });
    }
    pending = undefined;
  };

  for (let line = 0; line < index.lineCount; line++) {
    const start = index.lineStart(line);
    const contentEnd = index.lineContentEnd(line);
    const nextLineStart = line + 1 < index.lineCount ? index.lineStart(line + 1) : text.length;
    const raw = text.slice(start, contentEnd);
    const end = start + rstripLength(raw);
    if (end === start) {
      flush();
      continue;
    }
    const first = text[start];
    if (first === ' ' || first === '\t') {
      const span = strippedSpan(text, start, end);
      if (!pending) {
        doc.errors.push({ message: 'Unexpected continuation line', span });
        continue;
      }
      valueLines.push(text.slice(span.start, span.end));
      const firstLineEmpty = valueLines.length === 2 && valueLines[0] === '' && pending.valueSpan.start === pending.valueSpan.end;
      pending.valueSpan = { start: firstLineEmpty ? span.start : pending.valueSpan.start, end: span.end };
      pending.span = { start: pending.span.start, end: span.end };
      pending.nextLineStart = nextLineStart;
      continue;
    }
    flush();
    const lineSpan = { start, end };
    if (first === '[') {
      if (text[end - 1] !== ']') {
        doc.errors.push({ message: 'Invalid section (must end with ])', span: lineSpan });
      } else if (end - start <= 2) {
        doc.errors.push({ message: 'Empty section name', span: lineSpan });
      } else {
        section = { name: text.slice(start + 1, end - 1), nameSpan: { start: start + 1, end: end - 1 }, headerSpan: lineSpan, entries: [] };
        doc.sections.push(section);
      }
      continue;
    }
    if (first === '#' || first === ';') continue;
    const rawLine = text.slice(start, end);
    const colon = rawLine.indexOf(':');
    const equal = rawLine.indexOf('=');
    if (colon < 0 && equal < 0) {
      doc.errors.push({ message: "No ':' or '=' found in assignment", span: lineSpan });
      continue;
    }
    const sepIndex = colon < 0 || (equal >= 0 && equal < colon) ? equal : colon;
    const keySpan = strippedSpan(text, start, start + sepIndex);
    if (keySpan.start === keySpan.end) {
      doc.errors.push({ message: 'Key cannot be empty', span: lineSpan });
      continue;
    }
    const separatorOffset = start + sepIndex;
    const valueSpan = strippedSpan(text, separatorOffset + 1, end);
    let firstValue = text.slice(valueSpan.start, valueSpan.end);
    if (firstValue.length > 0 && (firstValue[0] === '"' || firstValue[0] === "'") && firstValue[0] === firstValue[firstValue.length - 1]) {
      firstValue = firstValue.slice(1, -1);
    }
    valueLines.length = 0;
    valueLines.push(firstValue);
    pending = {
      section,
      key: text.slice(keySpan.start, keySpan.end),
      keySpan,
      separator: rawLine[sepIndex] as '=' | ':',
      separatorOffset,
      value: firstValue,
      valueSpan,
      span: lineSpan,
      nextLineStart,
    };
    doc.entries.push(pending);
    section?.entries.push(pending);
  }
  flush();
  return doc;
}
