/** resource_registry mappings of Heat environment files: type name -> nested template file. */
import { driverFolders, isTemplateReference, joinPath, resolveRelative, type LintHost } from '../../core/host';
import { MAGNUM_ENVIRONMENTS } from '../../knowledge/magnum-aliases';
import { oncePerCheck } from './check-host';
import { loadSummary } from './file-summary';
import { listFolder } from './template-files';

export { registryEntries, type RegistryEntry } from './registry-entries';

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

/** Type name -> the nested template files the applicable environments map it to (resolved paths); once per check. */
export function environmentFileMappings(host: LintHost | undefined, templatePath: string, configured: readonly string[] = []): Map<string, FileMapping[]> {
  return oncePerCheck(host, `file-mappings:${templatePath}:${configured.join('\0')}`, () => {
    const out = new Map<string, FileMapping[]>();
    for (const environment of environmentFiles(host, templatePath, configured)) {
      for (const entry of loadSummary(host, environment)?.registry ?? []) {
        if (!isTemplateReference(entry.target) || /^[a-z]+:\/\//i.test(entry.target)) continue;
        const file = resolveRelative(environment, entry.target);
        const list = out.get(entry.type) ?? [];
        if (!list.some((m) => m.file === file)) list.push({ file, environment });
        out.set(entry.type, list);
      }
    }
    return out;
  });
}
