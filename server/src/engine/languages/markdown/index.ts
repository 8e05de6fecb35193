/** Markdown and reStructuredText runbooks: the cluster-template commands in their shell code blocks. */
import type { Language, SourceFile } from '../../core/language';
import { fileNameOf } from '../../core/paths';
import { clusterTemplateContext } from '../../cluster-template/context';
import type { ClusterTemplateContext } from '../../cluster-template/model';
import { CLUSTER_TEMPLATE_RULES } from '../../cluster-template/rules';
import { shellCompletion, shellHover } from '../shell/assist';
import { shellDocument, type ShellDocument } from '../shell/document';
import { shellSecrets } from '../shell/secrets';
import { markdownShell, rstShell } from './blocks';

function runbookLanguage(id: string, label: string, languageIds: string[], extension: RegExp, scan: (text: string) => string): Language<ShellDocument, ClusterTemplateContext> {
  const claims = (file: SourceFile) => (file.languageId !== undefined ? languageIds.includes(file.languageId) : extension.test(fileNameOf(file.path)));
  return {
    id,
    label,
    detect: (file) => (claims(file) ? shellDocument(file.text, scan(file.text)) : undefined),
    explain: (doc) => ({
      sentence: `Checked as ${label}: the openstack coe cluster (template) commands in its shell code blocks are read as cluster templates (${doc.specs.length} found).`,
      short: `yes, as ${label} (the openstack coe cluster commands in its shell code blocks)`,
    }),
    rules: CLUSTER_TEMPLATE_RULES,
    context: clusterTemplateContext,
    comments: { spans: (index) => shellDocument(index.text, scan(index.text)).comments, indented: true },
    hover: (doc, offset, scope) => shellHover(doc, offset, clusterTemplateContext(doc, scope)),
    complete: (doc, offset, scope) => shellCompletion(doc, offset, clusterTemplateContext(doc, scope)),
    secrets: (text) => shellSecrets(scan(text)),
  };
}

export const markdownLanguage = runbookLanguage('markdown', 'Markdown runbooks', ['markdown'], /\.(md|markdown)$/i, markdownShell);
export const rstLanguage = runbookLanguage('restructuredtext', 'reStructuredText runbooks', ['restructuredtext', 'rst'], /\.rst$/i, rstShell);
