/** Terraform (`*.tf`): the Magnum cluster template and cluster resources of the OpenStack provider. */
import { labelsRegionCompletion } from '../../cluster-template/completion';
import { clusterTemplateContext } from '../../cluster-template/context';
import { clusterTemplateHover } from '../../cluster-template/hover';
import type { ClusterTemplateContext } from '../../cluster-template/model';
import { CLUSTER_TEMPLATE_RULES } from '../../cluster-template/rules';
import type { Language, SourceFile } from '../../core/language';
import { fileNameOf } from '../../core/paths';
import { parseTerraform, type TerraformDocument } from './document';
import { commentSpans, parseHcl } from './hcl';
import { terraformSecrets } from './secrets';

export const TERRAFORM_LANGUAGE_ID = 'terraform';

/** Editor language ids a `.tf` file may arrive under (HashiCorp's extension, others, none). */
const TF_LANGUAGE_IDS = ['terraform', 'hcl', 'opentofu', 'tf', 'plaintext'];

function claims(file: SourceFile): boolean {
  if (file.languageId === 'terraform' || file.languageId === 'opentofu') return true;
  const name = fileNameOf(file.path);
  return (name.endsWith('.tf') || name.endsWith('.tofu')) && (file.languageId === undefined || TF_LANGUAGE_IDS.includes(file.languageId));
}

export const terraformLanguage: Language<TerraformDocument, ClusterTemplateContext> = {
  id: TERRAFORM_LANGUAGE_ID,
  label: 'Terraform',
  detect: (file) => (claims(file) ? parseTerraform(file.text) : undefined),
  explain: (doc) => {
    const count = doc.specs.length;
    const what = count ? `its ${count} Magnum cluster template/cluster resource${count === 1 ? ' is' : 's are'} checked` : 'it has no Magnum cluster template or cluster resource, so nothing in it is checked';
    return { sentence: `Checked as Terraform: ${what}.`, short: `yes, as Terraform (a .tf file): ${what}` };
  },
  rules: CLUSTER_TEMPLATE_RULES,
  context: clusterTemplateContext,
  comments: { spans: (index) => commentSpans(parseHcl(index.text)), indented: true },
  hover: (doc, offset, scope) => clusterTemplateHover(doc.specs, offset, clusterTemplateContext(doc, scope)),
  complete: (doc, offset, scope) => labelsRegionCompletion(doc.specs, doc.text, offset, clusterTemplateContext(doc, scope)) ?? [],
  secrets: terraformSecrets,
};
