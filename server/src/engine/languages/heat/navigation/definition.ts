/** Go to definition for Heat templates: parameters, resources, and across nested template files. */
import { isTemplateReference, resolveRelative, type LintHost } from '../../../core/host';
import { registryEntries } from '../registry';
import { locate, parameters, resources, type HeatDocument } from '../template';
import { loadHeatFile } from '../template-files';
import { locationOf, nodeLocation, type Location } from './locations';
import { symbolAt } from './symbol-at';

export function definitionAt(doc: HeatDocument, path: string, offset: number, host: LintHost | undefined): Location[] {
  const hit = symbolAt(doc, path, offset, host);
  if (!hit) return [];
  const { symbol } = hit;
  switch (symbol.kind) {
    case 'parameter':
      return nodeLocation(path, doc, parameters(doc).get(symbol.name)?.key);
    case 'resource':
      return nodeLocation(path, doc, resources(doc).find((r) => r.name === symbol.name)?.pair.key);
    case 'nested-parameter':
      return symbol.use.targets.flatMap((target) => {
        const nested = loadHeatFile(host, target.path);
        return nested ? nodeLocation(nested.path, nested.doc, parameters(nested.doc).get(symbol.name)?.key) : [];
      });
    case 'nested-template':
      return symbol.use.targets.flatMap((target) => {
        const nested = loadHeatFile(host, target.path);
        return nested ? [locationOf(nested.path, nested.doc, { start: 0, end: 0 })] : [];
      });
  }
}

/** In a Heat environment: a resource_registry value naming a template file -> that file. */
export function environmentDefinitionAt(doc: HeatDocument, path: string, offset: number, host: LintHost | undefined): Location[] {
  for (const entry of registryEntries(doc)) {
    const span = locate(doc, entry.keyPath, 'value');
    if (!span || offset < span.start || offset > span.end || !isTemplateReference(entry.target)) continue;
    const target = loadHeatFile(host, resolveRelative(path, entry.target));
    return target ? [locationOf(target.path, target.doc, { start: 0, end: 0 })] : [];
  }
  return [];
}
