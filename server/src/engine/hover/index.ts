import { detectDriver, fileNameOf, type Analysis } from '../analyze';
import { resolveRelease } from '../knowledge/releases';
import type { LintSettings } from '../types';
import { confHover } from './conf-hover';
import type { LintHost } from '../host';
import { declarationHover } from './heat-declaration-hover';
import { heatHover } from './heat-hover';
import { nestedHover } from './heat-nested-hover';
import { magnumParameterHover } from './magnum-parameter-hover';
import type { HoverResult } from './types';

export type { HoverResult };

/** Hover content for an offset, with a footer naming the knowledge in force. `path` (file or URI) enables the Magnum driver notes. */
export function hoverAt(analysis: Analysis, offset: number, settings: LintSettings = {}, path?: string): HoverResult | undefined {
  const release = resolveRelease(settings.release);
  let result: HoverResult | undefined;
  if (analysis.kind === 'magnum-conf') result = confHover(analysis.conf, offset, release);
  else if (analysis.kind === 'heat-template') {
    result = heatHover(analysis.heat, offset, release);
    const scope = path === undefined ? undefined : { driver: settings.driver || detectDriver(path), release, fileName: fileNameOf(path), path };
    const note = scope && magnumParameterHover(analysis.heat, offset, scope);
    if (note) result = result ? { ...result, markdown: `${result.markdown}\n\n${note.markdown}` } : note;
  }
  return result && withFooter(result, release);
}

const withFooter = (result: HoverResult, release: string): HoverResult => ({ ...result, markdown: `${result.markdown}\n\n---\n*magnum-heat · OpenStack ${release}*` });

/**
 * The editor's hover: what `hoverAt` says, and beyond it what needs the other files or says what a
 * declaration holds: a nested template's parameter (a property passed to it), the nested template
 * itself (`type: node.yaml`), and a parameter or resource where it is declared.
 */
export function editorHoverAt(analysis: Analysis, offset: number, settings: LintSettings, path: string, host: LintHost | undefined): HoverResult | undefined {
  if (analysis.kind !== 'heat-template') return hoverAt(analysis, offset, settings, path);
  const release = resolveRelease(settings.release);
  const nested = nestedHover(analysis.heat, path, offset, host);
  if (nested) return withFooter(nested, release);
  const own = hoverAt(analysis, offset, settings, path);
  if (own) return own;
  const declaration = declarationHover(analysis.heat, offset, release);
  return declaration && withFooter(declaration, release);
}
