/** magnum.conf and any other oslo.config file. */
import type { Language, SourceFile } from '../../core/language';
import { MAX_CONF_LENGTH } from '../../core/limits';
import { fileNameOf } from '../../core/paths';
import { confCompletion } from './completion';
import type { ConfContext } from './context';
import { confHover } from './hover';
import { confSnippets } from './snippets';
import { confFoldingRanges, confSymbols } from './symbols';
import { CONF_RULES } from './rules';
import { confSecrets } from './secrets';
import { iniComments } from './comments';
import { parseConf, type ConfDocument } from './tokenizer';

export const CONF_LANGUAGE_ID = 'magnum-conf';

/** Editor language ids under which an oslo.config file may arrive (ours, VS Code's, Neovim's; '' when the editor has none). */
const INI_LANGUAGE_IDS = ['', 'ini', 'dosini', 'conf', 'cfg', 'properties', 'plaintext', 'text'];

function isConfPath(path: string): boolean {
  const name = fileNameOf(path);
  return name.endsWith('.conf') || name === 'magnum.conf.sample';
}

function claims(file: SourceFile): boolean {
  if (file.languageId === CONF_LANGUAGE_ID) return true;
  if (!isConfPath(file.path)) return false;
  // magnum.conf by its name, whatever the editor calls its language.
  return file.languageId === undefined || INI_LANGUAGE_IDS.includes(file.languageId) || /^magnum\.conf(\.sample)?$/.test(fileNameOf(file.path));
}

export const confLanguage: Language<ConfDocument, ConfContext> = {
  id: CONF_LANGUAGE_ID,
  label: 'magnum.conf',
  // Past MAX_CONF_LENGTH the file is not parsed; the engine reports it with one analysis-limit finding.
  detect: (file) => (!claims(file) ? undefined : file.text.length > MAX_CONF_LENGTH ? { ...parseConf(''), oversized: true } : parseConf(file.text)),
  explain: (_doc, file) => ({
    sentence: file.languageId === CONF_LANGUAGE_ID
      ? 'Checked as magnum.conf: the file has the "Magnum config" language (magnum.conf, magnum.conf.sample or a .conf file in a magnum folder).'
      : 'Checked as magnum.conf: it is a .conf file, read with the oslo.config INI rules.',
    short: 'yes, as an oslo.config file (magnum.conf): its name ends in .conf',
  }),
  rules: CONF_RULES,
  context: (doc, scope) => ({ doc, release: scope.release, driver: scope.settings.driver || undefined, capi: scope.settings }),
  comments: { spans: iniComments, indented: false },
  hover: (doc, offset, scope) => confHover(doc, offset, scope.release, scope.settings),
  complete: (doc, offset, scope) => confCompletion(doc, offset, scope.release, scope.settings),
  symbols: confSymbols,
  folding: confFoldingRanges,
  snippets: (doc, offset, _scope, options) => confSnippets(doc, offset, options),
  secrets: confSecrets,
};
