import type { Analysis } from '../engine/analyze';
import { detectDriver } from '../engine/analyze';
import { isHeatTemplate } from '../engine/heat/template';
import { resolveRelease } from '../engine/knowledge/releases';
import { compileGlob, matchesAnyGlob } from '../engine/util/glob';
import type { DocumentStatus } from './protocol';
import type { ServerSettings } from './settings';

/** The path part of a document URI, for globs and driver detection. */
export function pathOfUri(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

/** Whether `magnumHeat.templateGlobs` declares the document a Heat template. */
export function isTemplateByGlob(uri: string, settings: ServerSettings): boolean {
  return settings.heatTemplate === true || (settings.templateGlobs.length > 0 && matchesAnyGlob(pathOfUri(uri), settings.templateGlobs));
}

function reasonFor(analysis: Analysis, languageId: string, path: string, settings: ServerSettings): string {
  switch (analysis.kind) {
    case undefined:
      return `Not checked: ${analysis.reason}.`;
    case 'magnum-conf':
      return languageId === 'magnum-conf'
        ? 'Checked as magnum.conf: the file has the "Magnum config" language (magnum.conf, magnum.conf.sample or a .conf file in a magnum folder).'
        : 'Checked as magnum.conf: it is a .conf file, read with the oslo.config INI rules.';
    case 'heat-environment':
      return 'Checked as a Heat environment: its top-level keys are environment sections (resource_registry, parameter_defaults ...).';
    case 'heat-template': {
      if (isHeatTemplate(analysis.heat)) return 'Checked as a Heat template: it has a top-level heat_template_version.';
      const glob = settings.templateGlobs.find((g) => compileGlob(g)(path));
      return glob
        ? `Checked as a Heat template: its path matches '${glob}' in magnumHeat.templateGlobs.`
        : 'Checked as a Heat template: it has a heat_template_version line (the YAML does not parse yet).';
    }
  }
}

export function documentStatus(analysis: Analysis, languageId: string, uri: string, settings: ServerSettings): DocumentStatus {
  const path = pathOfUri(uri);
  const detected = analysis.kind === 'heat-template' || analysis.kind === 'heat-environment' ? detectDriver(uri) : undefined;
  const driver = analysis.kind === undefined || analysis.kind === 'magnum-conf' ? undefined : settings.driver ?? detected;
  return {
    checked: analysis.kind !== undefined,
    ...(analysis.kind ? { kind: analysis.kind } : {}),
    reason: reasonFor(analysis, languageId, path, settings),
    release: resolveRelease(settings.release),
    ...(driver ? { driver, driverSource: settings.driver ? 'setting' as const : 'path' as const } : {}),
    run: settings.run,
  };
}
