/**
 * Other Heat files read through the lint host and parsed whole, for navigation (go to definition,
 * references, parents); a few recent trees are kept. Checks read summaries instead (file-summary.ts).
 */
import type { LintHost } from '../../core/host';
import { parseHeat, type HeatDocument } from './template';

export interface LoadedFile {
  path: string;
  doc: HeatDocument;
}

const MAX_ENTRIES = 8;
const parsed = new Map<string, { text: string; doc: HeatDocument }>();

/** A file's text through the host, never throwing; undefined when it cannot be read. */
export function readHostFile(host: LintHost | undefined, path: string): string | undefined {
  try {
    return host?.readFile(path);
  } catch {
    return undefined;
  }
}

/** Reads and parses a file; undefined when the host cannot read it. */
export function loadHeatFile(host: LintHost | undefined, path: string): LoadedFile | undefined {
  const text = readHostFile(host, path);
  if (text === undefined) return undefined;
  const hit = parsed.get(path);
  parsed.delete(path);
  const doc = hit && hit.text === text ? hit.doc : parseHeat(text);
  parsed.set(path, { text, doc });
  if (parsed.size > MAX_ENTRIES) parsed.delete(parsed.keys().next().value!);
  return { path, doc };
}

/** Lists a folder through the host, never throwing. */
export function listFolder(host: LintHost | undefined, path: string): string[] | undefined {
  try {
    return host?.listDirectory?.(path);
  } catch {
    return undefined;
  }
}
