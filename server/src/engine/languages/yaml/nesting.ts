/**
 * Flow nesting (`[[[[...` or `{a: {a: ...`) thousands deep drives the YAML parser's recursion to the
 * edge of the stack, where V8 can fail fatally (a RegExp compiled there aborts the process) instead of
 * throwing. A file that must never nest deeply is checked for it before it is parsed.
 */

/** The offset where bracket nesting first goes deeper than `limit` (quotes not considered), or undefined. */
export function flowNestingBeyond(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return i;
    } else if ((c === 0x5d /* ] */ || c === 0x7d /* } */) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}
