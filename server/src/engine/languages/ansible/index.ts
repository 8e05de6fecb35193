/** Ansible playbooks and role task files: only their tasks calling Magnum's modules are checked. */
import type { ClusterTemplateContext } from '../../cluster-template/model';
import { CLUSTER_TEMPLATE_RULES } from '../../cluster-template/rules';
import type { Language } from '../../core/language';
import { yamlComments } from '../yaml/comments';
import { detectAnsible, type AnsibleDocument } from './document';
import { ansibleSecrets } from './secrets';

export const ANSIBLE_LANGUAGE_ID = 'ansible';

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
  context: (doc, scope) => ({ specs: doc.specs, release: scope.release, driver: scope.driver, text: doc.yaml.text, capi: scope.settings }),
  comments: { spans: yamlComments, indented: true },
  secrets: ansibleSecrets,
};
