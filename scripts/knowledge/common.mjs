// Shared by the knowledge generators: where the facts are, and (from releases.mjs) the releases we know.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FACTS_DIR = process.env.FACTS_DIR ?? resolve(ROOT, '../shared/facts');

export const readFacts = (rel) => JSON.parse(readFileSync(join(FACTS_DIR, rel), 'utf8'));

export { DEVELOPMENT_RELEASE, DEVELOPMENT_SERIES, RELEASES, STABLE_RELEASES } from './releases.mjs';

/** Drops undefined fields so the JSON stays small and stable. */
export function compact(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}
