/** The resource_registry entries of a Heat environment whose target is a string. */
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
