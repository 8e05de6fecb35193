/** resource_registry mappings of Heat environment files: type name -> nested template file. */
import { driverFolders, isTemplateReference, joinPath, resolveRelative, type LintHost } from '../../core/host';
import { MAGNUM_ENVIRONMENTS } from '../../knowledge/magnum-aliases';
import { listFolder, loadHeatFile } from './template-files';
import { section, type HeatDocument } from './template';
import { mapEntries, scalarText } from './yaml-nodes';

export interface RegistryEntry {
  type: string;
  /** As written in the environment. */
  target: string;
  /** The key's pair path inside the environment, for locating it. */
  keyPath: ['resource_registry', string];
}

/** Entries of a document's resource_registry whose target is a string (per-resource overrides left out). */
export function registryEntries(doc: HeatDocument): RegistryEntry[] {
  return mapEntries(section(doc, 'resource_registry')).flatMap(([type, pair]) => {
    const target = scalarText(pair.value);
    return target === undefined || type === 'resources' ? [] : [{ type, target, keyPath: ['resource_registry', type] as ['resource_registry', string] }];
  });
}

/** Environment files of the driver a template belongs to: Magnum's shared ones and the driver's own. */
export function driverEnvironmentFiles(host: LintHost | undefined, templatePath: string): string[] {
  const folders = driverFolders(templatePath);
  if (!folders || !host) return [];
  const shared = joinPath(folders.drivers, 'common', 'templates', 'environments');
  const own = joinPath(folders.drivers, folders.driver, 'templates', 'environments');
  const files: string[] = [];
  for (const [dir, fallback] of [[shared, MAGNUM_ENVIRONMENTS], [own, []]] as const) {
    const names = listFolder(host, dir) ?? fallback;
    for (const name of names) if (/\.ya?ml$/.test(name)) files.push(joinPath(dir, name));
  }
  return files;
}

/** Environments that apply to a template: the ones the settings name, then the driver's. */
export function environmentFiles(host: LintHost | undefined, templatePath: string, configured: readonly string[] = []): string[] {
  return [...new Set([...configured, ...driverEnvironmentFiles(host, templatePath)])];
}

export interface FileMapping {
  file: string;
  environment: string;
}

/** Type name -> the nested template files the applicable environments map it to (resolved paths). */
export function environmentFileMappings(host: LintHost | undefined, templatePath: string, configured: readonly string[] = []): Map<string, FileMapping[]> {
  const out = new Map<string, FileMapping[]>();
  for (const environment of environmentFiles(host, templatePath, configured)) {
    const loaded = loadHeatFile(host, environment);
    if (!loaded) continue;
    for (const entry of registryEntries(loaded.doc)) {
      if (!isTemplateReference(entry.target) || /^[a-z]+:\/\//i.test(entry.target)) continue;
      const file = resolveRelative(environment, entry.target);
      const list = out.get(entry.type) ?? [];
      if (!list.some((m) => m.file === file)) list.push({ file, environment });
      out.set(entry.type, list);
    }
  }
  return out;
}
