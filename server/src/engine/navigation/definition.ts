/** Go to definition for Heat templates: parameters, resources, and across nested template files. */
import type { LintHost } from '../host';
import { parameters, resources, type HeatDocument } from '../heat/template';
import { loadHeatFile } from '../heat/template-files';
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
