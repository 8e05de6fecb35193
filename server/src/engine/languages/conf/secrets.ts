/** Values of secret oslo.config options, also under a misspelt key, in an unknown section or on a line without separator. */
import { AUTH_PLUGINS, authPlugin, CONF_GROUPS, confGroup } from '../../knowledge/conf-options';
import { didYouMean } from '../../core/util/did-you-mean';
import { parseConf } from './tokenizer';

/** Names of options that are secret in some group or auth plugin (transport_url, password, ...). */
const SECRET_NAMES: readonly string[] = [...new Set([
  ...CONF_GROUPS.flatMap((g) => Object.entries(confGroup(g)?.options ?? {})),
  ...AUTH_PLUGINS.flatMap((p) => Object.entries(authPlugin(p)?.options ?? {})),
].filter(([, info]) => info.secret === true).map(([name]) => name))];

/** Group-blind on purpose: a secret name in an unknown section or misspelt (paswsord) still hides its value. */
function isSecretKey(key: string): boolean {
  const name = key.replace(/-/g, '_').toLowerCase();
  return SECRET_NAMES.includes(name) || didYouMean(name, SECRET_NAMES) !== undefined;
}

export function confSecrets(text: string): string[] {
  const doc = parseConf(text);
  const values = doc.entries.filter((e) => isSecretKey(e.key)).flatMap((e) => text.slice(e.valueSpan.start, e.valueSpan.end).split(/\r?\n|\r/));
  for (const error of doc.errors) {
    const line = /^\s*([\w.-]+)\s+(\S.*?)\s*$/.exec(text.slice(error.span.start, error.span.end));
    if (line && isSecretKey(line[1])) values.push(line[2]);
  }
  return values;
}
