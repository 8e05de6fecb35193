/**
 * What the environments that apply to a template supply: the ones the settings name (`environments`)
 * and, for a Magnum driver's template, the driver's own. Read once per set of environment texts.
 */
import type { LintHost } from '../../core/host';
import { environmentFiles, registryEntries } from './registry';
import { loadHeatFile } from './template-files';
import { section, type HeatDocument } from './template';
import { mapEntries } from './yaml-nodes';

export interface EnvironmentSupply {
  /** Every environment file that applies (configured first, then the driver's). */
  files: string[];
  /** Whether any applies: without one, what only an environment can supply cannot be judged. */
  any: boolean;
  /** parameter_defaults names (they reach nested stacks too) -> the environment setting it. */
  parameterDefaults: Map<string, string>;
  /** `parameters` names (top-level stack only) -> the environment setting it. */
  parameters: Map<string, string>;
  /** resource_registry type names -> the environment mapping it. */
  registry: Map<string, string>;
}

/** The last answer, reused while the same environment texts apply (every rule of a document asks). */
let last: { key: string; docs: HeatDocument[]; supply: EnvironmentSupply } | undefined;

export function environmentSupply(host: LintHost | undefined, templatePath: string, configured: readonly string[] = []): EnvironmentSupply {
  const files = environmentFiles(host, templatePath, configured);
  const loaded = files.flatMap((file) => loadHeatFile(host, file) ?? []);
  const key = files.join('\n');
  if (last && last.key === key && last.docs.length === loaded.length && last.docs.every((d, i) => d === loaded[i].doc)) return last.supply;
  const supply: EnvironmentSupply = { files, any: loaded.length > 0, parameterDefaults: new Map(), parameters: new Map(), registry: new Map() };
  for (const { path, doc } of loaded) {
    for (const [name] of mapEntries(section(doc, 'parameter_defaults'))) if (!supply.parameterDefaults.has(name)) supply.parameterDefaults.set(name, path);
    for (const [name] of mapEntries(section(doc, 'parameters'))) if (!supply.parameters.has(name)) supply.parameters.set(name, path);
    for (const entry of registryEntries(doc)) if (!supply.registry.has(entry.type)) supply.registry.set(entry.type, path);
  }
  last = { key, docs: loaded.map((l) => l.doc), supply };
  return supply;
}
