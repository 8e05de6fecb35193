/**
 * One check's view of the files around a template: each file read and each folder listed at most
 * once per check, and facts about them (environment mappings, what environments supply) computed
 * once per check, whichever rules ask. A new check (the next edit, the next file) starts afresh,
 * so a file changed in between is read again.
 */
import type { LintHost } from '../../core/host';

const memos = new WeakMap<LintHost, Map<string, unknown>>();

function remember<T>(memo: Map<string, unknown>, key: string, read: () => T): T {
  if (memo.has(key)) return memo.get(key) as T;
  const value = read();
  memo.set(key, value);
  return value;
}

/** Wraps a check's host (the underlying host still sees the first read of every file); every other member passes through. */
export function checkHost(host: LintHost | undefined): LintHost | undefined {
  if (!host) return undefined;
  const reads = new Map<string, unknown>();
  const wrapped: LintHost = {
    readFile: (path) => remember(reads, `f:${path}`, () => host.readFile(path)),
    ...(host.listDirectory ? { listDirectory: (path: string) => remember(reads, `d:${path}`, () => host.listDirectory!(path)) } : {}),
    ...(host.isOutside ? { isOutside: (path: string) => host.isOutside!(path) } : {}),
  };
  memos.set(wrapped, new Map());
  return wrapped;
}

/** `compute()` once per check of `host` (every time when the host is not a check's). */
export function oncePerCheck<T>(host: LintHost | undefined, key: string, compute: () => T): T {
  const memo = host && memos.get(host);
  return memo ? remember(memo, key, compute) : compute();
}
