/** ANSI colours for text output, or none: decided once per run from --color/--no-color, NO_COLOR and the terminal. */
import type { Severity } from '../engine';
import type { ColorMode } from './args';

export interface Palette {
  severity(severity: Severity, text: string): string;
  path(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const sgr = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const SEVERITY_CODE: Record<Severity, string> = { error: '31', warning: '33', information: '34', hint: '2' };

const COLOURED: Palette = {
  severity: (severity, text) => sgr(SEVERITY_CODE[severity])(text),
  path: sgr('4'),
  dim: sgr('2'),
  bold: sgr('1'),
};

export const PLAIN: Palette = { severity: (_s, text) => text, path: (t) => t, dim: (t) => t, bold: (t) => t };

/** https://no-color.org: a non-empty NO_COLOR turns colour off unless --color asks for it. */
export function paletteFor(mode: ColorMode, isTTY: boolean, env: NodeJS.ProcessEnv = process.env): Palette {
  if (mode === 'always') return COLOURED;
  if (mode === 'never' || (env.NO_COLOR ?? '') !== '') return PLAIN;
  return isTTY ? COLOURED : PLAIN;
}
