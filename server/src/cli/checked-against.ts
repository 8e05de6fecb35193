/** The release and driver a file was checked against, for the text header and the JSON report. */
import { resolve } from 'node:path';
import { detectDriver } from '../engine/analyze';
import { resolveRelease } from '../engine/knowledge/releases';
import type { DocumentKind, LintSettings } from '../engine/types';
import type { Project } from './project';

export function checkedAgainst(path: string, kind: DocumentKind | undefined, settings: LintSettings, project: Project): { release?: string; driver?: string } {
  if (kind === undefined) return {};
  const driver = kind === 'magnum-conf' ? undefined : settings.driver ?? detectDriver(resolve(project.cwd, path));
  return { release: resolveRelease(settings.release), ...(driver ? { driver } : {}) };
}
