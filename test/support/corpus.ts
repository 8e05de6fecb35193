import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './fixtures';

/** Upstream Magnum templates of every release, beside the checkout (never copied into it). */
export const CORPUS = process.env.MAGNUM_CORPUS ?? join(REPO_ROOT, '..', 'shared', 'corpus', 'magnum');

export function corpusAvailable(): boolean {
  return existsSync(CORPUS);
}

export function corpusFiles(dir = CORPUS): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return corpusFiles(full);
    return /\.(ya?ml|conf)$/.test(entry.name) ? [full] : [];
  });
}

/** corpus/magnum/<release>/drivers/... -> <release> */
export function corpusRelease(file: string): string {
  return file.slice(CORPUS.length + 1).split('/')[0];
}
