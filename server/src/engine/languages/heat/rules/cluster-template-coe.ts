import { staticValue } from '../static-value';
import { clusterTemplates } from '../cluster-templates';
import { mapValue, nodeSpan } from '../yaml-nodes';
import { allOsDistros, coeValues, driverProvides, driversForOsDistro, driversOf, releasesAcceptingCoe } from '../../../knowledge/magnum-drivers';
import { capiDriversServing, distroLife } from '../../../knowledge/magnum-lifecycle';
import { RELEASES } from '../../../knowledge/releases';
import type { HeatDocument, HeatPath } from '../template';
import type { Finding } from '../../../core/rule';
import type { HeatRule } from '../context';

const releaseAfter = (release: string) => RELEASES[RELEASES.indexOf(release) + 1];

/** Drivers of the release that serve a COE (and, when given, an image distro), the Cluster API ones included. */
function driversServing(release: string, coe: string, osDistro?: string): Array<{ driver: string; deprecated: boolean }> {
  const inTree = Object.entries(driversOf(release))
    .filter(([driver]) => driverProvides(driver)?.coe === coe && (osDistro === undefined || driverProvides(driver)?.osDistro === osDistro))
    .map(([driver, info]) => ({ driver, deprecated: info.status === 'deprecated' }));
  return [...inTree, ...capiDriversServing(coe, osDistro).map((driver) => ({ driver, deprecated: false }))];
}

function* coeFindings(doc: HeatDocument, holderPath: HeatPath, node: unknown, release: string): Generator<Finding> {
  const coe = staticValue(doc, node);
  if (typeof coe?.value !== 'string') return;
  const at = { path: [...holderPath, 'properties', 'coe'], part: 'value' as const };
  const accepted = coeValues(release);
  if (!accepted.includes(coe.value)) {
    const known = releasesAcceptingCoe(coe.value);
    yield {
      message: `Magnum ${release} does not accept coe '${coe.value}'${known.length ? ` (accepted from ${known[0]} to ${known[known.length - 1]})` : ''}; `
        + `it accepts ${accepted.map((v) => `'${v}'`).join(', ')}.${coe.parameter ? ` The value is the default of parameter '${coe.parameter}'.` : ''}`,
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
  const swarmMode = driversServing(release, 'swarm-mode');
  if (coe.value === 'swarm' && swarmMode.some((s) => !s.deprecated)) {
    const span = coe.parameter ? undefined : nodeSpan(node);
    yield {
      message: "coe 'swarm' selects the legacy standalone Swarm driver (swarm_fedora_atomic_v1); 'swarm-mode' is Docker's integrated swarm mode (swarm_fedora_atomic_v2).",
      at,
      severity: 'information',
      fixes: span ? [{ title: "Use coe 'swarm-mode'", edits: [{ start: span.start, end: span.end, newText: 'swarm-mode' }] }] : [],
    };
  }
}

/** The Glance image name hints at a distro whose drivers are gone in the release (Fedora Atomic, CoreOS). */
function* imageFindings(doc: HeatDocument, holderPath: HeatPath, node: unknown, coeNode: unknown, release: string): Generator<Finding> {
  const image = staticValue(doc, node);
  if (typeof image?.value !== 'string') return;
  const name = image.value.toLowerCase();
  const distro = allOsDistros().filter((d) => name.includes(d)).sort((a, b) => b.length - a.length)[0];
  if (!distro) return;
  const coe = staticValue(doc, coeNode)?.value;
  const everServed = driversForOsDistro(distro).filter((d) => typeof coe !== 'string' || driverProvides(d)?.coe === coe);
  const at = { path: [...holderPath, 'properties', 'image'], part: 'value' as const };
  if (!everServed.length) return;
  if (driversServing(release, typeof coe === 'string' ? coe : driverProvides(everServed[0])!.coe, distro).length) return;
  const since = distroLife(distro)?.removedIn;
  yield {
    message: `Image '${image.value}' looks like ${distro} (Glance os_distro '${distro}'): no Magnum driver in ${release} serves it `
      + `(${everServed.join(', ')} ${everServed.length > 1 ? 'are' : 'is'} gone)${since ? `, none has since ${since}` : ''}; use an image of a supported distro.`,
    at,
    severity: 'information',
  };
}

export const clusterTemplateCoe: HeatRule = {
  meta: {
    id: 'cluster-template-coe',
    severity: 'warning',
    summary: 'A Magnum cluster template names a COE (or an image distro) that the release no longer serves.',
    appliesTo: 'heat-template',
  },
  *check({ doc, release }) {
    for (const { holderPath, properties } of clusterTemplates(doc)) {
      const coeNode = mapValue(properties, 'coe');
      yield* coeFindings(doc, holderPath, coeNode, release);
      yield* imageFindings(doc, holderPath, mapValue(properties, 'image'), coeNode, release);
    }
  },
};
