// Shared by the knowledge generators: where the facts are, and the releases we know.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FACTS_DIR = process.env.FACTS_DIR ?? resolve(ROOT, '../shared/facts');

export const readFacts = (rel) => JSON.parse(readFileSync(join(FACTS_DIR, rel), 'utf8'));

/** Released (stable) series, oldest first. */
export const STABLE_RELEASES = ['rocky', 'stein', 'train', 'ussuri', 'victoria', 'wallaby', 'xena', 'yoga', 'zed',
  '2023.1', '2023.2', '2024.1', '2024.2', '2025.1', '2025.2', '2026.1'];

/** Magnum's development branch (the series after the newest stable one), known from facts read at master. */
export const DEVELOPMENT_RELEASE = 'master';

/** Every release a setting or --release may name: the stable series, then master. */
export const RELEASES = [...STABLE_RELEASES, DEVELOPMENT_RELEASE];

/** Drops undefined fields so the JSON stays small and stable. */
export function compact(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}
