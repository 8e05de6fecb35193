import { isScalar } from 'yaml';
import { hotVersion, type HotVersionInfo } from '../../knowledge/hot-versions';
import { templateVersion, type HeatDocument } from './template';
import { treeIndex, type CallSite } from './tree-index';
import { asSeq, type FunctionCall } from './yaml-nodes';

export function versionOf(doc: HeatDocument): HotVersionInfo | undefined {
  return hotVersion(templateVersion(doc));
}

export type { CallSite } from './tree-index';

/** Every call of the named function in resources, outputs and conditions, in document order. */
export function* findCalls(doc: HeatDocument, fn: string): Generator<CallSite> {
  yield* treeIndex(doc).calls.get(fn) ?? [];
}

/** The parameter a get_param call names: `get_param: name` or `get_param: [name, key...]`. */
export function getParamTarget(call: FunctionCall): { name: string; node: unknown; path: boolean } | undefined {
  const arg = call.arg;
  if (isScalar(arg) && typeof arg.value === 'string') return { name: arg.value, node: arg, path: false };
  const first = asSeq(arg)?.items[0];
  if (isScalar(first) && typeof first.value === 'string') return { name: first.value, node: first, path: true };
  return undefined;
}
