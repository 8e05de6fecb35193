import { isScalar, type Pair } from 'yaml';
import { functionNames, hotVersion, type HotVersionInfo } from '../../knowledge/hot-versions';
import { derived } from './derived';
import { resources, templateVersion, type HeatDocument } from './template';
import { asFunctionCall, asMap, asSeq, keyText, mapPair, walk, type FunctionCall } from './yaml-nodes';

export function versionOf(doc: HeatDocument): HotVersionInfo | undefined {
  return hotVersion(templateVersion(doc));
}

/** Sections whose values may call intrinsic functions. */
const FUNCTION_SECTIONS = ['resources', 'outputs', 'conditions'];

export interface CallSite {
  call: FunctionCall;
  /** The property pair whose value is exactly this call, when it is a resource property. */
  property?: { resource: string; name: string };
  /** The top-level section and the entry of it (resource, output or condition name) holding the call. */
  section: string;
  entry: string;
}

/** Every function call of a parsed document by function name, found in one walk and kept with the document. */
function callsByName(doc: HeatDocument): Map<string, CallSite[]> {
  return derived(doc, 'calls', () => indexCalls(doc));
}

function indexCalls(doc: HeatDocument): Map<string, CallSite[]> {
  const index = new Map<string, CallSite[]>();
  const isFunction = functionNames(versionOf(doc));
  const properties = new Map<Pair<unknown, unknown>, CallSite['property']>();
  for (const resource of resources(doc)) {
    for (const pair of resource.properties?.items ?? []) {
      if (isScalar(pair.key)) properties.set(pair, { resource: resource.name, name: String(pair.key.value) });
    }
  }
  for (const section of FUNCTION_SECTIONS) {
    for (const entryPair of asMap(mapPair(doc.root, section)?.value)?.items ?? []) {
      const entry = keyText(entryPair) ?? '';
      walk(entryPair.value, (node, parentPair) => {
        const call = asFunctionCall(node, isFunction);
        if (!call) return;
        const property = parentPair && parentPair.value === node ? properties.get(parentPair) : undefined;
        const sites = index.get(call.name);
        if (sites) sites.push({ call, property, section, entry });
        else index.set(call.name, [{ call, property, section, entry }]);
      }, entryPair);
    }
  }
  return index;
}

/** Every call of the named function in resources, outputs and conditions, in document order. */
export function* findCalls(doc: HeatDocument, fn: string): Generator<CallSite> {
  yield* callsByName(doc).get(fn) ?? [];
}

/** The parameter a get_param call names: `get_param: name` or `get_param: [name, key...]`. */
export function getParamTarget(call: FunctionCall): { name: string; node: unknown; path: boolean } | undefined {
  const arg = call.arg;
  if (isScalar(arg) && typeof arg.value === 'string') return { name: arg.value, node: arg, path: false };
  const first = asSeq(arg)?.items[0];
  if (isScalar(first) && typeof first.value === 'string') return { name: first.value, node: first, path: true };
  return undefined;
}
