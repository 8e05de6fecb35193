/** Templates that use a given template as a nested stack (by file reference, group member or environment mapping). */
import { basenameOf, dirnameOf, driverFolders, joinPath, type LintHost } from '../../../core/host';
import { nestedUses, type NestedUse } from '../nested';
import { isHeatTemplate } from '../template';
import { listFolder, loadHeatFile, type LoadedFile } from '../template-files';

const TEMPLATE_FILE = /\.(ya?ml|template)$/i;

/** Where parents are looked for: the template's folder and, inside a Magnum tree, every driver's templates folder. */
function candidateFolders(path: string, host: LintHost): string[] {
  const folders = [dirnameOf(path)];
  const tree = driverFolders(path);
  if (tree) {
    for (const entry of listFolder(host, tree.drivers) ?? []) {
      if (entry.endsWith('/')) folders.push(joinPath(tree.drivers, entry.slice(0, -1), 'templates'));
    }
  }
  return [...new Set(folders)];
}

export interface ParentUse {
  parent: LoadedFile;
  use: NestedUse;
}

export function parentUses(path: string, host: LintHost | undefined): ParentUse[] {
  if (!host) return [];
  const out: ParentUse[] = [];
  for (const folder of candidateFolders(path, host)) {
    for (const name of listFolder(host, folder) ?? []) {
      if (!TEMPLATE_FILE.test(name)) continue;
      const candidate = joinPath(folder, name);
      if (candidate === path || basenameOf(candidate) === '') continue;
      const parent = loadHeatFile(host, candidate);
      if (!parent || !isHeatTemplate(parent.doc)) continue;
      for (const use of nestedUses(parent.doc, candidate, host)) {
        if (use.targets.some((t) => t.path === path)) out.push({ parent, use });
      }
    }
  }
  return out;
}
