/** Secrets never reach the output: what the CLI prints of file contents (the --fix-dry-run diff) is masked. */
import { parseConf } from '../engine/conf/tokenizer';
import { AUTH_PLUGINS, authPlugin, confOption } from '../engine/knowledge/conf-options';
import type { DocumentKind } from '../engine/types';

export const MASK = '****';
const URL_CREDENTIALS = /(:\/\/[^/@\s:]*:)[^/@\s]+@/g;

function isSecretOption(group: string, key: string): boolean {
  const name = key.replace(/-/g, '_');
  return confOption(group, name)?.secret === true || AUTH_PLUGINS.some((p) => authPlugin(p)?.options[name]?.secret === true);
}

/** The text with the values of secret oslo.config options and the passwords in URLs replaced by ****. */
export function redact(text: string, kind: DocumentKind | undefined): string {
  let out = text;
  if (kind === 'magnum-conf') {
    const secrets = parseConf(text).entries.filter((e) => e.section && e.valueSpan.end > e.valueSpan.start && isSecretOption(e.section.name, e.key));
    for (const { valueSpan } of secrets.reverse()) out = out.slice(0, valueSpan.start) + MASK + out.slice(valueSpan.end);
  }
  return out.replace(URL_CREDENTIALS, `$1${MASK}@`);
}
