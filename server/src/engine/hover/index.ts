import { detectDriver, fileNameOf, type Analysis } from '../analyze';
import { resolveRelease } from '../knowledge/releases';
import type { LintSettings } from '../types';
import { confHover } from './conf-hover';
import { heatHover } from './heat-hover';
import { magnumParameterHover } from './magnum-parameter-hover';
import type { HoverResult } from './types';

export type { HoverResult };

/** Hover content for an offset, with a footer naming the knowledge in force. `path` (file or URI) enables the Magnum driver notes. */
export function hoverAt(analysis: Analysis, offset: number, settings: LintSettings = {}, path?: string): HoverResult | undefined {
  const release = resolveRelease(settings.release);
  let result: HoverResult | undefined;
  if (analysis.kind === 'magnum-conf') result = confHover(analysis.conf, offset, release, settings);
  else if (analysis.kind === 'heat-template') {
    result = heatHover(analysis.heat, offset, release);
    const scope = path === undefined ? undefined : { driver: settings.driver || detectDriver(path), release, fileName: fileNameOf(path), path };
    const note = scope && magnumParameterHover(analysis.heat, offset, scope);
    if (note) result = result ? { ...result, markdown: `${result.markdown}\n\n${note.markdown}` } : note;
  }
  if (!result) return undefined;
  return { ...result, markdown: `${result.markdown}\n\n---\n*magnum-heat · OpenStack ${release}*` };
}
