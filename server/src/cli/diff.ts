/** Unified diffs (as `diff -u` and `git diff` print them) for `--fix-dry-run`. */

type Op = [' ' | '-' | '+', string];

const CONTEXT = 3;
/** Beyond this many differing lines the middle is shown as one replaced block (Myers is quadratic then). */
const MAX_EDIT_DISTANCE = 4000;

/** Lines with their own line break, so a CRLF file diffs, and patches, as it is. */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}

/** Myers' O(ND) shortest edit script between two line lists. */
function shortestEdit(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= n + m && !found; d++) {
    if (d > MAX_EDIT_DISTANCE) return [...a.map((l): Op => ['-', l]), ...b.map((l): Op => ['+', l])];
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) [x, y] = [x + 1, y + 1];
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  const ops: Op[] = [];
  let [x, y] = [n, m];
  for (let d = trace.length - 1; d >= 0; d--) {
    const before = trace[d];
    const at = (k: number) => before[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push([' ', a[x]]);
    }
    if (d === 0) break;
    if (down) {
      y--;
      ops.push(['+', b[y]]);
    } else {
      x--;
      ops.push(['-', a[x]]);
    }
  }
  return ops.reverse();
}

function range(start: number, length: number): string {
  const first = length === 0 ? start : start + 1;
  return length === 1 ? `${first}` : `${first},${length}`;
}

function printLine(prefix: string, line: string): string {
  return /[\r\n]$/.test(line) ? `${prefix}${line}` : `${prefix}${line}\n\\ No newline at end of file\n`;
}

/** The unified diff from `before` to `after` (empty when they are equal). */
export function unifiedDiff(oldName: string, newName: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: Op[] = [
    ...a.slice(0, head).map((l): Op => [' ', l]),
    ...shortestEdit(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...a.slice(a.length - tail).map((l): Op => [' ', l]),
  ];
  const out = [`--- ${oldName}\n`, `+++ ${newName}\n`];
  let i = 0;
  let [aLine, bLine] = [0, 0];
  while (i < ops.length) {
    if (ops[i][0] === ' ') {
      [i, aLine, bLine] = [i + 1, aLine + 1, bLine + 1];
      continue;
    }
    // A hunk: up to CONTEXT lines before the change, then changes joined by short runs of context.
    const lead = Math.min(CONTEXT, aLine, bLine);
    let end = i;
    for (let j = i, equal = 0; j < ops.length; j++) {
      equal = ops[j][0] === ' ' ? equal + 1 : 0;
      if (equal === 0) end = j + 1;
      if (equal > 2 * CONTEXT) break;
    }
    const stop = Math.min(ops.length, end + CONTEXT);
    const hunk = ops.slice(i - lead, stop);
    const oldLength = hunk.filter((o) => o[0] !== '+').length;
    const newLength = hunk.filter((o) => o[0] !== '-').length;
    out.push(`@@ -${range(aLine - lead, oldLength)} +${range(bLine - lead, newLength)} @@\n`);
    for (const [prefix, line] of hunk) out.push(printLine(prefix, line));
    aLine += oldLength - lead;
    bLine += newLength - lead;
    i = stop;
  }
  return out.join('');
}
