/**
 * Which Magnum drivers a spec may be built by: the `driver` setting, else a `magnum_driver` or
 * `os_distro` image property written in the same text, else a distro name inside the image name.
 * Several candidates are normal (magnum-capi-helm and magnum-cluster-api both serve ubuntu).
 */
import { CAPI_PACKAGES, capiPackage, type CapiPackage, type CapiSettings } from '../knowledge/capi-drivers';
import { allOsDistros, driverProvides, driversOf } from '../knowledge/magnum-drivers';
import type { ClusterTemplateContext, ClusterTemplateSpec } from './model';

const HELM_DRIVER = 'k8s_capi_helm_v1';

/** The CAPI package a driver (entry point) belongs to, if any. */
export function capiPackageOf(driver: string): CapiPackage | undefined {
  if (driver === HELM_DRIVER) return 'magnum-capi-helm';
  return driver.startsWith('k8s_cluster_api_') ? 'magnum-cluster-api' : undefined;
}

function capiEntryPoints(capi: CapiSettings | undefined): Array<{ driver: string; osDistro: string }> {
  const packages = capi?.capiDriver ? [capi.capiDriver] : CAPI_PACKAGES;
  return packages.flatMap((p) => Object.entries(capiPackage(p).entryPoints).flatMap(([driver, e]) => e.provides.map((t) => ({ driver, osDistro: t.osDistro }))));
}

function distros(capi: CapiSettings | undefined): string[] {
  return [...new Set([...allOsDistros(), ...capiEntryPoints(capi).map((e) => e.osDistro)])];
}

/** An image property written anywhere in the text (`--property os_distro=ubuntu`, `os_distro: ubuntu`). */
function propertyInText(text: string, name: string): string | undefined {
  const found = new Set([...text.matchAll(new RegExp(`\\b${name}\\b["']?\\s*[=:]\\s*["']?([A-Za-z0-9_.-]+)`, 'g'))].map((m) => m[1]));
  return found.size === 1 ? [...found][0] : undefined;
}

function distroOfImage(image: string, known: string[]): string | undefined {
  const name = image.toLowerCase();
  return known.filter((d) => name.includes(d)).sort((a, b) => b.length - a.length)[0];
}

function driversForDistro(distro: string, coe: string, ctx: ClusterTemplateContext): string[] {
  const heat = Object.keys(driversOf(ctx.release)).filter((d) => driverProvides(d)?.osDistro === distro && driverProvides(d)?.coe === coe);
  const capi = coe === 'kubernetes' ? capiEntryPoints(ctx.capi).filter((e) => e.osDistro === distro).map((e) => e.driver) : [];
  return [...new Set([...heat, ...capi])];
}

const stringOf = (spec: ClusterTemplateSpec, field: string): string | undefined => {
  const v = spec.fields.get(field)?.value;
  return typeof v === 'string' ? v : undefined;
};

/** The template a cluster create names, when the same text creates it. */
function templateOf(spec: ClusterTemplateSpec, ctx: ClusterTemplateContext): ClusterTemplateSpec | undefined {
  const name = stringOf(spec, 'cluster_template_id');
  return name === undefined ? undefined : ctx.specs.find((s) => s.kind === 'cluster-template' && stringOf(s, 'name') === name);
}

export function candidateDrivers(spec: ClusterTemplateSpec, ctx: ClusterTemplateContext): string[] {
  if (ctx.driver) return [ctx.driver];
  if (spec.kind !== 'cluster-template') {
    const template = templateOf(spec, ctx);
    return template ? candidateDrivers(template, ctx) : [];
  }
  const named = propertyInText(ctx.text, 'magnum_driver');
  if (named) return [named];
  const coe = stringOf(spec, 'coe') ?? 'kubernetes';
  const distro = propertyInText(ctx.text, 'os_distro') ?? distroOfImage(stringOf(spec, 'image_id') ?? '', distros(ctx.capi));
  return distro ? driversForDistro(distro, coe, ctx) : [];
}

/** The distro the spec's image looks like (os_distro property in the text, else the image name). */
export function imageDistro(spec: ClusterTemplateSpec, ctx: ClusterTemplateContext): string | undefined {
  return propertyInText(ctx.text, 'os_distro') ?? distroOfImage(stringOf(spec, 'image_id') ?? '', distros(ctx.capi));
}
