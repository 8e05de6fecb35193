/** Real documents to mutate: the repository's fixtures and examples, and a sample of the upstream corpus. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, corpusAvailable, corpusFiles } from '../support/corpus';
import { FIXTURES, REPO_ROOT } from '../support/fixtures';

export interface SeedDocument {
  path: string;
  text: string;
}

function documentsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return documentsUnder(full);
    return /\.(ya?ml|conf)$/.test(entry.name) ? [full] : [];
  });
}

/** Every fixture and example in the repository, whatever rules they were written for. */
export function repositorySeeds(): SeedDocument[] {
  return [FIXTURES, join(REPO_ROOT, 'examples')].flatMap(documentsUnder).sort().map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

/**
 * Up to `count` corpus files with distinct contents (releases share many files), spread evenly over
 * the sorted list, always including the largest; none when the corpus is absent.
 */
export function corpusSeeds(count: number): SeedDocument[] {
  if (!corpusAvailable()) return [];
  const seen = new Set<string>();
  const distinct: SeedDocument[] = [];
  for (const path of corpusFiles().sort()) {
    const text = readFileSync(path, 'utf8');
    const hash = createHash('sha1').update(text).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    distinct.push({ path, text });
  }
  const largest = distinct.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const step = Math.max(1, Math.floor(distinct.length / Math.max(1, count - 1)));
  const picked = distinct.filter((_, i) => i % step === 0).slice(0, count - 1);
  return picked.includes(largest) ? picked : [...picked, largest];
}

export { CORPUS };
