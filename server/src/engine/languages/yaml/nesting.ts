/**
 * The yaml package parses nested collections recursively. Far beyond any real file, it runs out of
 * stack, and where the overflow lands is chance: inside V8's regular-expression compiler it aborts
 * the whole process instead of throwing. So a text nested deeper than this is never handed to it.
 */
export const MAX_YAML_DEPTH = 512;

/** Flow brackets open at once: quoted scalars and comments skipped (a rough scan, conservative by design). */
function flowTooDeep(text: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      const lineEnd = text.indexOf('\n', i);
      if (close > 0 && (lineEnd < 0 || close < lineEnd || c === '"')) i = close;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const lineEnd = text.indexOf('\n', i);
      i = lineEnd < 0 ? text.length : lineEnd;
    }
  }
  return undefined;
}

/** Block nesting: a line's indentation plus its leading `- ` / `? ` / `: ` indicators. */
function blockTooDeep(text: string, max: number): number | undefined {
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    let levels = 0;
    while (i < end && levels <= max) {
      const c = text[i];
      if (c === ' ' || c === '\t') i++;
      else if ((c === '-' || c === '?' || c === ':') && (text[i + 1] === ' ' || text[i + 1] === '\t')) i += 2;
      else break;
      levels++;
    }
    if (levels > max) return start;
    start = end + 1;
  }
  return undefined;
}

/** Deeper block nesting than this many indentation columns and indicators is refused as well. */
const MAX_BLOCK_LEVELS = MAX_YAML_DEPTH * 4;

/** Where the text first nests too deep to be parsed safely; undefined when it is safe. */
export function tooDeepAt(text: string): number | undefined {
  return flowTooDeep(text, MAX_YAML_DEPTH) ?? blockTooDeep(text, MAX_BLOCK_LEVELS);
}

export const TOO_DEEP = 'the nesting is too deep to be parsed here';
