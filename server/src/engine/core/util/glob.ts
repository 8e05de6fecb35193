/**
 * Minimal glob matching for file paths ('/'-separated): `**` any number of folders, `*` and `?` within
 * one path segment, `{a,b}` alternatives, `[abc]` classes. A pattern that does not start with `/` may
 * match at any folder, so `templates/*.yaml` and `*.yaml` match below any parent folder.
 */
function escapeChar(c: string): string {
  return /[.+^$()|\\]/.test(c) ? `\\${c}` : c;
}

/**
 * Beyond these a pattern is refused (compileGlob throws): V8 aborts the whole process, uncatchably,
 * when it compiles a regular expression of thousands of nested groups, and a glob may come from a
 * hostile `.magnum-heat.yaml`.
 */
export const MAX_GLOB_LENGTH = 1024;
const MAX_BRACE_DEPTH = 16;

function toRegExpSource(pattern: string): string {
  if (pattern.length > MAX_GLOB_LENGTH) throw new Error(`a glob longer than ${MAX_GLOB_LENGTH} characters`);
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      out += slashAfter ? '(?:[^/]*/)*' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      if (++braces > MAX_BRACE_DEPTH) throw new Error(`a glob with more than ${MAX_BRACE_DEPTH} nested {} groups`);
      out += '(?:';
    }
    else if (c === '}' && braces > 0) { braces--; out += ')'; }
    else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        const body = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else out += escapeChar(c);
  }
  return out + ')'.repeat(braces);
}

/** Compiled globs by pattern: settings ask for the same few on every check. Bounded, as patterns may come from any file. */
const compiled = new Map<string, (path: string) => boolean>();
const MAX_COMPILED = 512;

/** Compiles a glob (once per pattern); the result tests absolute or relative paths with '/' or '\' separators. */
export function compileGlob(pattern: string): (path: string) => boolean {
  let matcher = compiled.get(pattern);
  if (!matcher) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    matcher = compileUncached(pattern);
    compiled.set(pattern, matcher);
  }
  return matcher;
}

function compileUncached(pattern: string): (path: string) => boolean {
  const anchored = pattern.startsWith('/') ? pattern : `**/${pattern.replace(/^\.\//, '')}`;
  const regExp = new RegExp(`^${toRegExpSource(anchored)}$`);
  return (path) => regExp.test(path.replace(/\\/g, '/'));
}

/** Whether the path matches any of the globs. */
export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  return globs.some((glob) => compileGlob(glob)(path));
}
