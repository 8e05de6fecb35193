import { DOCKER_STORAGE } from '../../knowledge/magnum-drivers';
import { RELEASES } from '../../knowledge/releases';
import { imageDistro } from '../drivers';
import { fix, templatesOf, type ClusterTemplateRule } from './shared';

const RECOMMENDED = DOCKER_STORAGE.recommendedDriver;
const atOrAfter = (release: string, since: string) => RELEASES.indexOf(release) >= RELEASES.indexOf(since);

export const dockerStorageDriver: ClusterTemplateRule = {
  meta: {
    id: 'docker-storage-driver',
    severity: 'warning',
    summary: "A cluster template's Docker storage driver does not suit its image (overlay on Fedora Atomic), or is deprecated.",
    appliesTo: 'cluster-template',
  },
  *check(ctx) {
    for (const spec of templatesOf(ctx)) {
      const storage = spec.fields.get('docker_storage_driver');
      if (typeof storage?.value !== 'string') continue;
      // Heat's OS::Magnum::ClusterTemplate allows only devicemapper and overlay: it cannot take overlay2.
      const heat = spec.source.startsWith('OS::');
      const replace = storage.via || heat ? [] : fix(`Use ${RECOMMENDED}`, spec.edits.replaceValue(storage, RECOMMENDED));
      if (storage.value === 'overlay' && imageDistro(spec, ctx) === 'fedora-atomic') {
        yield {
          message: `${storage.spelledAs} overlay on a Fedora Atomic image: with SELinux enforcing, containers fail with "permission denied" on overlay; use ${RECOMMENDED} (or devicemapper with a Docker volume).`,
          at: storage.span,
          fixes: replace,
        };
      } else if (!heat && DOCKER_STORAGE.deprecatedDrivers.includes(storage.value) && atOrAfter(ctx.release, DOCKER_STORAGE.deprecatedSince)) {
        yield {
          message: `Docker storage driver '${storage.value}' is deprecated since ${DOCKER_STORAGE.deprecatedSince}: Magnum logs a deprecation warning and recommends ${RECOMMENDED}.`,
          at: storage.span,
          severity: 'information',
          tags: ['deprecated'],
          fixes: replace,
        };
      }
    }
  },
};
