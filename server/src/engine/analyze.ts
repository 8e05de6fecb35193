/** Decides what a document is and parses it once; the result is what rules, hovers and fixes share. */
import { parseConf, type ConfDocument } from './conf/tokenizer';
import { isHeatEnvironment, isHeatTemplate, parseHeat, type HeatDocument } from './heat/template';
import type { LintHost } from './host';
import type { DocumentKind } from './types';

export interface LintInput {
  /** A file path or a URI; used for kind and driver detection. */
  path: string;
  text: string;
  /** The editor's language id, when there is an editor. */
  languageId?: string;
  /** Reads nested templates and environments the file refers to; without it cross-file checks are skipped. */
  host?: LintHost;
  /** The user declared this YAML a Heat template (e.g. through `templateGlobs`), whatever its content. */
  heatTemplate?: boolean;
}

export type Analysis =
  | { kind: 'magnum-conf'; conf: ConfDocument }
  | { kind: 'heat-template' | 'heat-environment'; heat: HeatDocument }
  | { kind: undefined; reason: string };

const HEAT_VERSION_LINE = /^heat_template_version\s*:/m;

function baseName(path: string): string {
  return decodeURIComponent(path.replace(/[?#].*$/, '')).split(/[\\/]/).pop() ?? path;
}

function isConfPath(path: string): boolean {
  const name = baseName(path);
  return name.endsWith('.conf') || name === 'magnum.conf.sample';
}

/** What editors call an INI-like or untyped file (Neovim: `dosini`, `conf`, or '' when it has no filetype; others `ini`, `plaintext` ...). */
const INI_LIKE_LANGUAGES = new Set(['', 'ini', 'dosini', 'conf', 'cfg', 'config', 'properties', 'plaintext', 'text']);

/** magnum.conf by its file name, whatever language the editor gave it; other `.conf` files when the language is INI-like. */
function isConfDocument(path: string, languageId: string | undefined): boolean {
  if (languageId === 'magnum-conf') return true;
  if (!isConfPath(path)) return false;
  return languageId === undefined || INI_LIKE_LANGUAGES.has(languageId) || /^magnum\.conf(\.sample)?$/.test(baseName(path));
}

export function analyze(input: LintInput): Analysis {
  const { languageId, path, text } = input;
  if (isConfDocument(path, languageId)) {
    return { kind: 'magnum-conf', conf: parseConf(text) };
  }
  if (languageId !== undefined && languageId !== 'yaml') {
    return { kind: undefined, reason: `language '${languageId}' is neither magnum-conf nor yaml` };
  }
  const heat = parseHeat(text);
  if (isHeatTemplate(heat) || ((heat.errors.length > 0 || heat.oversized) && HEAT_VERSION_LINE.test(text))) return { kind: 'heat-template', heat };
  if (isHeatEnvironment(heat)) return { kind: 'heat-environment', heat };
  if (input.heatTemplate) return { kind: 'heat-template', heat };
  return { kind: undefined, reason: 'the YAML has no top-level heat_template_version and is not a Heat environment' };
}

/** `.../drivers/<driver>/templates/...` names the Magnum driver a template belongs to. */
export function detectDriver(path: string): string | undefined {
  const m = /[\\/]drivers[\\/]([^\\/]+)[\\/]templates[\\/]/.exec(decodeURIComponent(path));
  return m?.[1];
}

export function fileNameOf(path: string): string {
  return baseName(path);
}

export type { DocumentKind };
