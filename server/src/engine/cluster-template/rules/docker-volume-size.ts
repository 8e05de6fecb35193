import { DOCKER_STORAGE } from '../../knowledge/magnum-drivers';
import { fieldName, fix, templatesOf, viaClause, type ClusterTemplateRule } from './shared';

const MINIMUM = DOCKER_STORAGE.devicemapperMinimumGb;

export const dockerVolumeSize: ClusterTemplateRule = {
  meta: {
    id: 'docker-volume-size',
    severity: 'error',
    summary: 'A Magnum cluster template with the devicemapper storage driver has no Docker volume of at least 3 GB.',
    appliesTo: 'cluster-template',
  },
  *check(ctx) {
    for (const spec of templatesOf(ctx)) {
      const storage = spec.fields.get('docker_storage_driver');
      if (storage?.value !== 'devicemapper') continue;
      const size = spec.fields.get('docker_volume_size');
      const name = fieldName(spec, 'docker_volume_size');
      // Sizes below 1 are the API's (and Heat's) own range check; this rule adds the devicemapper minimum.
      if (!size) {
        yield {
          message: `The devicemapper storage driver needs a Docker volume of at least ${MINIMUM} GB, and ${name} is not set: Magnum rejects the cluster template.`,
          at: storage.span,
          fixes: fix(`Set ${name} to ${MINIMUM}`, spec.edits.addField('docker_volume_size', MINIMUM)),
        };
      } else if (typeof size.value === 'number' && size.value >= 1 && size.value < MINIMUM) {
        yield {
          message: `${size.spelledAs} ${size.value}${viaClause(size)} is below the ${MINIMUM} GB the devicemapper storage driver needs: Magnum rejects the cluster template.`,
          at: size.span,
          fixes: size.via ? [] : fix(`Set ${size.spelledAs} to ${MINIMUM}`, spec.edits.replaceValue(size, MINIMUM)),
        };
      }
    }
  },
};
