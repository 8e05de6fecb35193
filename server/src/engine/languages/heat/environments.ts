/**
 * What the environments that apply to a template supply: the ones the settings name (`environments`)
 * and, for a Magnum driver's template, the driver's own. Computed once per check, from the files' summaries.
 */
import type { LintHost } from '../../core/host';
import { oncePerCheck } from './check-host';
import { loadSummary } from './file-summary';
import { environmentFiles } from './registry';

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

/** Once per check: every rule of a document asks. */
export function environmentSupply(host: LintHost | undefined, templatePath: string, configured: readonly string[] = []): EnvironmentSupply {
  return oncePerCheck(host, `supply:${templatePath}:${configured.join('\0')}`, () => {
    const files = environmentFiles(host, templatePath, configured);
    const supply: EnvironmentSupply = { files, any: false, parameterDefaults: new Map(), parameters: new Map(), registry: new Map() };
    for (const path of files) {
      const summary = loadSummary(host, path);
      if (!summary) continue;
      supply.any = true;
      for (const name of summary.parameterDefaults) if (!supply.parameterDefaults.has(name)) supply.parameterDefaults.set(name, path);
      for (const name of summary.environmentParameters) if (!supply.parameters.has(name)) supply.parameters.set(name, path);
      for (const entry of summary.registry) if (!supply.registry.has(entry.type)) supply.registry.set(entry.type, path);
    }
    return supply;
  });
}
