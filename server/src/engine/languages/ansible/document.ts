import type { ClusterTemplateSpec } from '../../cluster-template/model';
import type { ParsedDocument, SharedParses, SourceFile } from '../../core/language';
import { sharedHeatParse } from '../heat';
import type { HeatDocument } from '../heat/template';
import { asSeq } from '../heat/yaml-nodes';
import { taskSpec } from './params';
import { moduleTasks, type ModuleTask } from './tasks';

export interface AnsibleDocument extends ParsedDocument {
  yaml: HeatDocument;
  tasks: ModuleTask[];
  specs: ClusterTemplateSpec[];
}

/** Every module name contains this: files without it are not parsed for Ansible at all. */
const MODULE_WORD = 'coe_cluster';

/**
 * A playbook or a task file (a YAML list) with at least one task calling a Magnum module. The YAML
 * parse is the one the Heat languages made of the same text. Red Hat's extension says `ansible`.
 */
export function detectAnsible(file: SourceFile, shared: SharedParses): AnsibleDocument | undefined {
  if (!file.text.includes(MODULE_WORD)) return undefined;
  const yaml = sharedHeatParse(file.languageId === 'ansible' ? { ...file, languageId: 'yaml' } : file, shared);
  if (!yaml || yaml.oversized || !asSeq(yaml.yaml.contents)) return undefined;
  const tasks = moduleTasks(yaml.yaml.contents);
  if (tasks.length === 0) return undefined;
  return { index: yaml.index, yaml, tasks, specs: tasks.flatMap((t) => taskSpec(yaml, t) ?? []) };
}
