/** Finds the tasks of a playbook or a role's task file that call Magnum's Ansible modules. */
import type { Pair, YAMLMap } from 'yaml';
import { asMap, asSeq, keyText, mapValue, nodeSpan } from '../heat/yaml-nodes';
import type { SpecKind } from '../../cluster-template/model';

/** The module names, fully qualified and short, including the `os_` names of Ansible before 2.10. */
const MODULE_KINDS: ReadonlyArray<[string, SpecKind]> = [
  ['coe_cluster_template', 'cluster-template'],
  ['coe_cluster', 'cluster'],
  ['os_coe_cluster_template', 'cluster-template'],
  ['os_coe_cluster', 'cluster'],
];
const COLLECTIONS = ['', 'openstack.cloud.'];

export const MODULES: ReadonlyMap<string, SpecKind> = new Map(MODULE_KINDS.flatMap(([name, kind]) => COLLECTIONS.map((c) => [c + name, kind] as [string, SpecKind])));

/** A line that calls one of the modules as a task key: a quick test before anything is parsed. */
export const MODULE_KEY_LINE = /^[ \t]*(?:-[ \t]+)?(?:openstack\.cloud\.)?(?:os_)?coe_cluster(?:_template)?[ \t]*:/m;

/** Where tasks are nested: a play's task lists and a block's parts. */
const TASK_LISTS = ['tasks', 'pre_tasks', 'post_tasks', 'handlers', 'block', 'rescue', 'always'];

export interface ModuleTask {
  task: YAMLMap<unknown, unknown>;
  /** The `module: params` entry. */
  modulePair: Pair<unknown, unknown>;
  module: string;
  kind: SpecKind;
}

function moduleOf(task: YAMLMap<unknown, unknown>): ModuleTask | undefined {
  for (const pair of task.items) {
    const key = keyText(pair);
    const kind = key === undefined ? undefined : MODULES.get(key);
    if (kind) return { task, modulePair: pair, module: key!, kind };
  }
  return undefined;
}

/** Every task calling one of the modules, in document order, from a list of plays or of tasks. */
export function moduleTasks(contents: unknown): ModuleTask[] {
  const found: ModuleTask[] = [];
  const lists: unknown[] = [contents];
  // Iterative and bounded by the tree itself: aliases are not followed.
  for (let i = 0; i < lists.length; i++) {
    for (const item of asSeq(lists[i])?.items ?? []) {
      const map = asMap(item);
      if (!map) continue;
      const call = moduleOf(map);
      if (call) found.push(call);
      for (const name of TASK_LISTS) {
        const list = mapValue(map, name);
        if (asSeq(list)) lists.push(list);
      }
    }
  }
  const at = (t: ModuleTask) => nodeSpan(t.modulePair.key)?.start ?? 0;
  return found.sort((a, b) => at(a) - at(b));
}
