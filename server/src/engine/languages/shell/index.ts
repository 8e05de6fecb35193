/** Shell scripts: `openstack coe cluster template create` and `openstack coe cluster create`/`update` commands. */
import type { Language, SourceFile } from '../../core/language';
import { fileNameOf } from '../../core/paths';
import { clusterTemplateContext } from '../../cluster-template/context';
import type { ClusterTemplateContext } from '../../cluster-template/model';
import { CLUSTER_TEMPLATE_RULES } from '../../cluster-template/rules';
import { shellCompletion, shellHover } from './assist';
import { shellDocument, type ShellDocument } from './document';
import { shellSecrets } from './secrets';

export const SHELL_LANGUAGE_ID = 'shell';

const SHELL_NAME = /\.(sh|bash|zsh|ksh)$/;
const SHEBANG = /^#![^\n]*\b(sh|bash|zsh|ksh|dash)\b/;

function claims(file: SourceFile): boolean {
  if (file.languageId === 'shellscript') return true;
  if (file.languageId !== undefined && file.languageId !== 'plaintext') return false;
  return SHELL_NAME.test(fileNameOf(file.path)) || SHEBANG.test(file.text.slice(0, 200));
}

export const shellLanguage: Language<ShellDocument, ClusterTemplateContext> = {
  id: SHELL_LANGUAGE_ID,
  label: 'shell scripts',
  detect: (file) => (claims(file) ? shellDocument(file.text) : undefined),
  explain: (doc) => ({
    sentence: `Checked as a shell script: its openstack coe cluster (template) commands are read as cluster templates (${doc.specs.length} found).`,
    short: 'yes, as a shell script (its openstack coe cluster commands)',
  }),
  rules: CLUSTER_TEMPLATE_RULES,
  context: clusterTemplateContext,
  comments: { spans: (index) => shellDocument(index.text).comments, indented: true },
  hover: (doc, offset, scope) => shellHover(doc, offset, clusterTemplateContext(doc, scope)),
  complete: (doc, offset, scope) => shellCompletion(doc, offset, clusterTemplateContext(doc, scope)),
  secrets: shellSecrets,
};

const COE_WORDS = /\bopenstack\b[^\n]*\bcoe\b/;

/** Whether a file found by a folder walk is a script or runbook holding cluster-template commands. */
export function holdsCoeCommands(file: SourceFile, detect: (file: SourceFile) => { specs: unknown[] } | undefined): boolean {
  return COE_WORDS.test(file.text) && (detect(file)?.specs.length ?? 0) > 0;
}
