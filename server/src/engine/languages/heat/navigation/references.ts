/** Find references for Heat templates: parameters (with the parents passing them) and resources. */
import { findCalls, getParamTarget } from '../functions';
import type { LintHost } from '../../../core/host';
import { resourceReferences } from '../references';
import { parameters, resources, type HeatDocument } from '../template';
import { loadHeatFile, type LoadedFile } from '../template-files';
import { mapPair } from '../yaml-nodes';
import { nodeLocation, uniqueLocations, type Location } from './locations';
import { parentUses } from './parents';
import { symbolAt } from './symbol-at';

/** A parameter's declaration, its get_param uses, and the properties that pass it from parent templates. */
function parameterReferences(file: LoadedFile, name: string, host: LintHost | undefined, includeDeclaration: boolean): Location[] {
  const { path, doc } = file;
  const out: Location[] = includeDeclaration ? nodeLocation(path, doc, parameters(doc).get(name)?.key) : [];
  for (const site of findCalls(doc, 'get_param')) {
    const target = getParamTarget(site.call);
    if (target?.name === name) out.push(...nodeLocation(path, doc, target.node));
  }
  for (const { parent, use } of parentUses(path, host)) {
    out.push(...nodeLocation(parent.path, parent.doc, mapPair(use.properties, name)?.key));
  }
  return out;
}

function resourceReferencesIn(path: string, doc: HeatDocument, name: string, includeDeclaration: boolean): Location[] {
  const out: Location[] = includeDeclaration ? nodeLocation(path, doc, resources(doc).find((r) => r.name === name)?.pair.key) : [];
  for (const ref of resourceReferences(doc)) if (ref.name === name) out.push(...nodeLocation(path, doc, ref.node));
  return out;
}

export function referencesAt(doc: HeatDocument, path: string, offset: number, host: LintHost | undefined, includeDeclaration: boolean): Location[] {
  const hit = symbolAt(doc, path, offset, host);
  if (!hit) return [];
  const { symbol } = hit;
  switch (symbol.kind) {
    case 'parameter':
      return uniqueLocations(parameterReferences({ path, doc }, symbol.name, host, includeDeclaration));
    case 'resource':
      return uniqueLocations(resourceReferencesIn(path, doc, symbol.name, includeDeclaration));
    case 'nested-parameter':
      return uniqueLocations(symbol.use.targets.flatMap((target) => {
        const nested = loadHeatFile(host, target.path);
        return nested ? parameterReferences(nested, symbol.name, host, includeDeclaration) : [];
      }));
    case 'nested-template':
      return [];
  }
}
