/** Ansible playbooks and role task files: only their tasks calling Magnum's modules are checked. */
import { labelsRegionCompletion } from '../../cluster-template/completion';
import { clusterTemplateContext } from '../../cluster-template/context';
import { clusterTemplateHover } from '../../cluster-template/hover';
import type { ClusterTemplateContext } from '../../cluster-template/model';
import { CLUSTER_TEMPLATE_RULES } from '../../cluster-template/rules';
import type { Language, Scope } from '../../core/language';
import { yamlComments } from '../yaml/comments';
import { detectAnsible, type AnsibleDocument } from './document';
import { ansibleSecrets } from './secrets';

export const ANSIBLE_LANGUAGE_ID = 'ansible';

const contextOf = (doc: AnsibleDocument, scope: Scope) => clusterTemplateContext({ specs: doc.specs, text: doc.yaml.text }, scope);

export const ansibleLanguage: Language<AnsibleDocument, ClusterTemplateContext> = {
  id: ANSIBLE_LANGUAGE_ID,
  label: 'Ansible',
  detect: detectAnsible,
  explain: (doc) => {
    const modules = [...new Set(doc.tasks.map((t) => t.module))].join(', ');
    return {
      sentence: `Checked as Ansible: it is a list of plays or tasks calling ${modules}; only those tasks are checked.`,
      short: `yes, as Ansible: its tasks call ${modules}`,
    };
  },
  rules: CLUSTER_TEMPLATE_RULES,
  context: contextOf,
  comments: { spans: yamlComments, indented: true },
  hover: (doc, offset, scope) => clusterTemplateHover(doc.specs, offset, contextOf(doc, scope)),
  complete: (doc, offset, scope) => labelsRegionCompletion(doc.specs, doc.yaml.text, offset, contextOf(doc, scope)) ?? [],
  secrets: ansibleSecrets,
};
