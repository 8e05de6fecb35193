/** Other Heat files read through the lint host, parsed once per text (a small cache shared by rules and navigation). */
import type { LintHost } from '../../core/host';
import { parseHeat, type HeatDocument } from './template';

export interface LoadedFile {
  path: string;
  doc: HeatDocument;
}

const MAX_ENTRIES = 256;
const parsed = new Map<string, { text: string; doc: HeatDocument }>();

/** Reads and parses a file; undefined when the host cannot read it. */
export function loadHeatFile(host: LintHost | undefined, path: string): LoadedFile | undefined {
  let text: string | undefined;
  try {
    text = host?.readFile(path);
  } catch {
    return undefined;
  }
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
