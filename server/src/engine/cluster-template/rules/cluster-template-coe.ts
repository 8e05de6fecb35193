import { allOsDistros, coeValues, driverProvides, driversForOsDistro, driversOf, releasesAcceptingCoe } from '../../knowledge/magnum-drivers';
import { capiDrivers, capiDriversServing, distroLife, statusIn } from '../../knowledge/magnum-lifecycle';
import { RELEASES } from '../../knowledge/releases';
import type { Finding } from '../../core/rule';
import type { Span } from '../../core/text';
import type { ClusterTemplateSpec } from '../model';
import { fix, templatesOf, type ClusterTemplateRule } from './shared';

const capiDistros = () => [...new Set(capiDrivers().flatMap(([, d]) => d.provides.filter((p) => p.coe === 'kubernetes').map((p) => p.osDistro)))];

const releaseAfter = (release: string) => RELEASES[RELEASES.indexOf(release) + 1];

/** Drivers of the release that serve a COE (and, when given, an image distro), the Cluster API ones included. */
function driversServing(release: string, coe: string, osDistro?: string): Array<{ driver: string; deprecated: boolean }> {
  const inTree = Object.entries(driversOf(release))
    .filter(([driver]) => driverProvides(driver)?.coe === coe && (osDistro === undefined || driverProvides(driver)?.osDistro === osDistro))
    .map(([driver, info]) => ({ driver, deprecated: info.status === 'deprecated' }));
  return [...inTree, ...capiDriversServing(coe, osDistro).map((driver) => ({ driver, deprecated: false }))];
}

function* coeFindings(spec: ClusterTemplateSpec, release: string): Generator<Finding> {
  const coe = spec.fields.get('coe');
  if (typeof coe?.value !== 'string') return;
  const at = coe.span;
  const accepted = coeValues(release);
  if (!accepted.includes(coe.value)) {
    const known = releasesAcceptingCoe(coe.value);
    yield {
      message: `Magnum ${release} does not accept coe '${coe.value}'${known.length ? ` (accepted from ${known[0]} to ${known[known.length - 1]})` : ''}; `
        + `it accepts ${accepted.map((v) => `'${v}'`).join(', ')}.${coe.via ? ` The value is ${coe.via}.` : ''}`,
      at,
      severity: 'error',
    };
    return;
  }
  const serving = driversServing(release, coe.value);
  if (!serving.length) {
    yield { message: `coe '${coe.value}' passes Magnum's enum in ${release}, but no driver serves it: creating the cluster template fails.`, at, severity: 'error' };
    return;
  }
  const next = releaseAfter(release);
  if (serving.every((s) => s.deprecated) && next && !coeValues(next).includes(coe.value)) {
    yield { message: `coe '${coe.value}' is deprecated in ${release} (${serving.map((s) => s.driver).join(', ')}) and removed in ${next}.`, at };
  }
  if (coe.value === 'swarm' && driversServing(release, 'swarm-mode').some((s) => !s.deprecated)) {
    yield {
      message: "coe 'swarm' selects the legacy standalone Swarm driver (swarm_fedora_atomic_v1); 'swarm-mode' is Docker's integrated swarm mode (swarm_fedora_atomic_v2).",
      at,
      severity: 'information',
      fixes: coe.via ? [] : fix("Use coe 'swarm-mode'", spec.edits.replaceValue(coe, 'swarm-mode'), false),
    };
  }
}

/** The distro's drivers still serve it in the release, but Magnum deprecated them (fedora-coreos from 2025.1 on). */
function* deprecatedDistro(image: string, at: Span, distro: string, drivers: string[], release: string): Generator<Finding> {
  const life = distroLife(distro);
  if (!life || statusIn(life, release) !== 'deprecated') return;
  yield {
    message: `Image '${image}' looks like ${distro} (Glance os_distro '${distro}'): Magnum deprecated it in ${life.deprecatedIn} with its driver ${drivers.join(', ')}`
      + `${life.removedIn ? `, which is removed in ${life.removedIn}` : ''}; move to an image a Cluster API driver serves (${capiDistros().join(', ')}).`,
    at,
  };
}

/** The Glance image name hints at a distro whose drivers are gone in the release (Fedora Atomic, CoreOS). */
function* imageFindings(spec: ClusterTemplateSpec, release: string): Generator<Finding> {
  const image = spec.fields.get('image_id');
  if (typeof image?.value !== 'string') return;
  const name = image.value.toLowerCase();
  const distro = allOsDistros().filter((d) => name.includes(d)).sort((a, b) => b.length - a.length)[0];
  if (!distro) return;
  const coe = spec.fields.get('coe')?.value;
  const everServed = driversForOsDistro(distro).filter((d) => typeof coe !== 'string' || driverProvides(d)?.coe === coe);
  if (!everServed.length) return;
  const serving = driversServing(release, typeof coe === 'string' ? coe : driverProvides(everServed[0])!.coe, distro);
  if (serving.length) {
    yield* deprecatedDistro(image.value, image.span, distro, serving.map((s) => s.driver), release);
    return;
  }
  const since = distroLife(distro)?.removedIn;
  yield {
    message: `Image '${image.value}' looks like ${distro} (Glance os_distro '${distro}'): no Magnum driver in ${release} serves it `
      + `(${everServed.join(', ')} ${everServed.length > 1 ? 'are' : 'is'} gone)${since ? `, none has since ${since}` : ''}; use an image of a supported distro.`,
    at: image.span,
    severity: 'information',
  };
}

export const clusterTemplateCoe: ClusterTemplateRule = {
  meta: {
    id: 'cluster-template-coe',
    severity: 'warning',
    summary: 'A Magnum cluster template names a COE (or an image distro) that the release no longer serves.',
    appliesTo: 'cluster-template',
  },
  *check(ctx) {
    for (const spec of templatesOf(ctx)) {
      yield* coeFindings(spec, ctx.release);
      yield* imageFindings(spec, ctx.release);
    }
  },
};
