import { appendMapEntry } from '../map-entry-edits';
import { clusterTemplates } from '../cluster-templates';
import { staticValue } from '../static-value';
import { mapPair, mapValue, nodeSpan } from '../yaml-nodes';
import { DOCKER_STORAGE } from '../../../knowledge/magnum-drivers';
import type { FixSpec, OffsetEdit } from '../../../core/rule';
import type { HeatRule } from '../context';

const MINIMUM = DOCKER_STORAGE.devicemapperMinimumGb;

const replaceLiteral = (node: unknown, text: string): OffsetEdit[] => {
  const span = nodeSpan(node);
  return span ? [{ start: span.start, end: span.end, newText: text }] : [];
};

export const dockerVolumeSize: HeatRule = {
  meta: {
    id: 'docker-volume-size',
    severity: 'error',
    summary: 'A Magnum cluster template with the devicemapper storage driver has no Docker volume of at least 3 GB.',
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    for (const { holderPath, properties } of clusterTemplates(doc)) {
      if (!properties) continue;
      const at = (name: string) => ({ path: [...holderPath, 'properties', name], part: 'value' as const });
      const driverNode = mapValue(properties, 'docker_storage_driver');
      const storage = staticValue(doc, driverNode);
      const sizePair = mapPair(properties, 'docker_volume_size');
      const size = staticValue(doc, sizePair?.value);
      const via = (v: { parameter?: string } | undefined) => (v?.parameter ? ` (the default of parameter '${v.parameter}')` : '');
      // Sizes below 1 are Heat's own range check (invalid-property-value); this rule adds Magnum's devicemapper minimum.
      if (storage?.value === 'devicemapper' && !sizePair) {
        const edit = appendMapEntry(doc, properties, `docker_volume_size: ${MINIMUM}`);
        yield {
          message: `The devicemapper storage driver needs a Docker volume of at least ${MINIMUM} GB, and docker_volume_size is not set: Magnum rejects the cluster template.`,
          at: at('docker_storage_driver'),
          fixes: edit ? [{ title: `Set docker_volume_size: ${MINIMUM}`, edits: [edit], preferred: true }] : [],
        };
      } else if (storage?.value === 'devicemapper' && typeof size?.value === 'number' && size.value >= 1 && size.value < MINIMUM) {
        const fixes: FixSpec[] = size.parameter ? [] : [{ title: `Set docker_volume_size to ${MINIMUM}`, edits: replaceLiteral(sizePair!.value, String(MINIMUM)), preferred: true }];
        yield {
          message: `docker_volume_size ${size.value}${via(size)} is below the ${MINIMUM} GB the devicemapper storage driver needs: Magnum rejects the cluster template.`,
          at: at('docker_volume_size'),
          fixes,
        };
      }
    }
  },
};
