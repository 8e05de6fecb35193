import { compileGlob, explain, matchesAnyGlob, resolveRelease, scopeOf, type Analysis } from '../engine';
import type { DocumentStatus } from './protocol';
import type { ServerSettings } from '../engine/settings/editor';

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

/** The templateGlobs entry that declares the document a Heat template, if one does. */
function declaringGlob(uri: string, settings: ServerSettings) {
  const path = pathOfUri(uri);
  const glob = settings.templateGlobs.find((g) => compileGlob(g)(path));
  return glob === undefined ? undefined : { glob, where: 'magnumHeat.templateGlobs' };
}

export function documentStatus(analysis: Analysis, uri: string, settings: ServerSettings): DocumentStatus {
  const scope = analysis.kind === undefined ? undefined : scopeOf(analysis, settings);
  // A file of a language that names no driver (magnum.conf serves them all) shows none.
  const driver = analysis.kind !== undefined && analysis.language.inferDriver ? scope?.driver : undefined;
  return {
    checked: analysis.kind !== undefined,
    ...(analysis.kind ? { kind: analysis.kind } : {}),
    reason: explain(analysis, declaringGlob(uri, settings)).sentence,
    release: resolveRelease(settings.release),
    ...(driver ? { driver, driverSource: settings.driver ? 'setting' as const : 'path' as const } : {}),
    run: settings.run,
  };
}
