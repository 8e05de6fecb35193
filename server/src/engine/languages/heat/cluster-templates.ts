import type { YAMLMap } from 'yaml';
import { resourceDefinitions } from './nested';
import type { HeatDocument, HeatPath } from './template';
import { asMap, mapValue, scalarText } from './yaml-nodes';

const CLUSTER_TEMPLATE = 'OS::Magnum::ClusterTemplate';

/** Every OS::Magnum::ClusterTemplate definition (resources and group members), with its properties. */
export function* clusterTemplates(doc: HeatDocument): Generator<{ holderPath: HeatPath; properties: YAMLMap<unknown, unknown> | undefined }> {
  for (const def of resourceDefinitions(doc)) {
    if (scalarText(mapValue(def.holder, 'type')) !== CLUSTER_TEMPLATE) continue;
    yield { holderPath: def.holderPath, properties: asMap(mapValue(def.holder, 'properties')) };
  }
}
