import type { Finding } from '../../core/rule';
import { versionOf } from '../../knowledge/capi-drivers';
import { RELEASES } from '../../knowledge/releases';
import { candidateDrivers, capiPackageOf } from '../drivers';
import type { ClusterTemplateContext, ClusterTemplateSpec } from '../model';
import { fieldName, fix, stringField, templatesOf, type ClusterTemplateRule } from './shared';

/** What Magnum fills in when a kubernetes template names no network driver ([cluster_template] kubernetes_default_network_driver). */
const MAGNUM_DEFAULT = 'flannel';
const CAPI_CNIS = ['calico', 'cilium'];

/** Network drivers Magnum's Heat drivers accept per COE (cilium for kubernetes from 2024.1). */
function heatAccepted(coe: string, release: string): string[] | undefined {
  if (coe === 'kubernetes') return RELEASES.indexOf(release) >= RELEASES.indexOf('2024.1') ? ['flannel', 'calico', 'cilium'] : ['flannel', 'calico'];
  if (coe === 'swarm' || coe === 'swarm-mode') return ['docker', 'flannel'];
  if (coe === 'mesos') return ['docker'];
  return undefined;
}

/** What each CAPI candidate does with the (effective) network driver; undefined when it is fine. */
function capiConsequence(driver: string, cni: string, ctx: ClusterTemplateContext): { text: string; fails: boolean } | undefined {
  const pkg = capiPackageOf(driver);
  if (!pkg || CAPI_CNIS.includes(cni)) return undefined;
  if (pkg === 'magnum-cluster-api') return { text: `magnum-cluster-api fails cluster create with UnsupportedCNI (it takes only ${CAPI_CNIS.join(' or ')})`, fails: true };
  const { version } = versionOf(pkg, ctx.capi);
  if (version !== '1.4.0') return undefined; // before 1.4.0 the chart's own CNI (calico) is deployed whatever the template says
  return { text: `magnum-capi-helm ${version} hands '${cni}' to capi-helm-charts, which knows only ${CAPI_CNIS.join(' and ')}`, fails: false };
}

function* specFindings(spec: ClusterTemplateSpec, ctx: ClusterTemplateContext): Generator<Finding> {
  const given = spec.fields.get('network_driver');
  if (given && typeof given.value !== 'string') return;
  const cni = (given?.value as string | undefined) ?? MAGNUM_DEFAULT;
  const drivers = candidateDrivers(spec, ctx);
  const capi = [...new Map(drivers.map((d) => [capiPackageOf(d) ?? d, capiConsequence(d, cni, ctx)])).values()].filter((c) => c !== undefined);
  if (capi.length && drivers.every((d) => capiPackageOf(d))) {
    const fails = capi.some((c) => c.fails);
    const what = given ? `Network driver '${cni}'` : `No ${fieldName(spec, 'network_driver')}: Magnum fills in '${MAGNUM_DEFAULT}' ([cluster_template] kubernetes_default_network_driver), and`;
    const edits = given ? (given.via ? undefined : spec.edits.replaceValue(given, 'calico')) : spec.edits.addField('network_driver', 'calico');
    yield {
      message: `${what}${given ? ':' : ''} ${capi.map((c) => c.text).join('; ')}.`,
      at: given?.span ?? spec.anchor,
      severity: fails ? 'error' : 'warning',
      fixes: fix(given ? 'Use calico' : `Set ${fieldName(spec, 'network_driver')} calico`, edits),
    };
    return;
  }
  const coe = stringField(spec, 'coe');
  const accepted = coe && heatAccepted(coe, ctx.release);
  if (given && accepted && !drivers.some((d) => capiPackageOf(d)) && !accepted.includes(cni)) {
    yield {
      message: `Magnum ${ctx.release} accepts network drivers ${accepted.map((a) => `'${a}'`).join(', ')} for coe '${coe}', not '${cni}': creating the cluster template fails.`,
      at: given.span,
      severity: 'error',
    };
  }
}

export const networkDriver: ClusterTemplateRule = {
  meta: {
    id: 'network-driver',
    severity: 'error',
    summary: "A cluster template's network driver is one its COE or driver does not take (flannel with magnum-cluster-api).",
    appliesTo: 'cluster-template',
  },
  *check(ctx) {
    for (const spec of templatesOf(ctx)) yield* specFindings(spec, ctx);
  },
};
