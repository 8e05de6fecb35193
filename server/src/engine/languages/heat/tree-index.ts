/**
 * One walk over a parsed template for the facts several rules need: every mapping (duplicate keys)
 * and every function call by name (get_param, get_resource, get_attr ...). Kept with the document.
 */
import { isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import { functionNames, hotVersion } from '../../knowledge/hot-versions';
import { derived } from './derived';
import { resources, templateVersion, type HeatDocument } from './template';
import { asFunctionCall, keyText, mapPair, walk, type FunctionCall } from './yaml-nodes';

/** Sections whose values may call intrinsic functions, in the order their calls are listed. */
const FUNCTION_SECTIONS = ['resources', 'outputs', 'conditions'];

export interface CallSite {
  call: FunctionCall;
  /** The property pair whose value is exactly this call, when it is a resource property. */
  property?: { resource: string; name: string };
  /** The top-level section and the entry of it (resource, output or condition name) holding the call. */
  section: string;
  entry: string;
}

export interface TreeIndex {
  /** Every mapping of the document, in document order. */
  mappings: Array<YAMLMap<unknown, unknown>>;
  /** Calls by function name: those in resources, then outputs, then conditions, each in document order. */
  calls: Map<string, CallSite[]>;
}

export function treeIndex(doc: HeatDocument): TreeIndex {
  return derived(doc, 'tree-index', () => indexTree(doc));
}

function indexTree(doc: HeatDocument): TreeIndex {
  const mappings: Array<YAMLMap<unknown, unknown>> = [];
  const addMap = (node: unknown) => {
    if (isMap(node)) mappings.push(node);
  };
  const root = doc.root;
  if (!root) {
    walk(doc.yaml.contents, addMap);
    return { mappings, calls: new Map() };
  }
  const isFunction = functionNames(hotVersion(templateVersion(doc)));
  const properties = new Map<Pair<unknown, unknown>, CallSite['property']>();
  for (const resource of resources(doc)) {
    for (const pair of resource.properties?.items ?? []) {
      if (isScalar(pair.key)) properties.set(pair, { resource: resource.name, name: String(pair.key.value) });
    }
  }
  // The section Heat reads is the last one of a name; calls of each are listed section by section.
  const callSections = new Map<Pair<unknown, unknown>, Map<string, CallSite[]>>();
  for (const name of FUNCTION_SECTIONS) {
    const pair = mapPair(root, name);
    if (pair && isMap(pair.value)) callSections.set(pair, new Map());
  }
  mappings.push(root);
  for (const sectionPair of root.items) {
    const sites = callSections.get(sectionPair);
    if (!sites) {
      walk(sectionPair.value, addMap, sectionPair);
      continue;
    }
    const section = keyText(sectionPair)!;
    const body = sectionPair.value as YAMLMap<unknown, unknown>;
    mappings.push(body);
    for (const entryPair of body.items) {
      const entry = keyText(entryPair) ?? '';
      walk(entryPair.value, (node, parentPair) => {
        if (!isMap(node)) return;
        mappings.push(node);
        const call = asFunctionCall(node, isFunction);
        if (!call) return;
        const property = parentPair && parentPair.value === node ? properties.get(parentPair) : undefined;
        const list = sites.get(call.name);
        if (list) list.push({ call, property, section, entry });
        else sites.set(call.name, [{ call, property, section, entry }]);
      }, entryPair);
    }
  }
  const calls = new Map<string, CallSite[]>();
  for (const name of FUNCTION_SECTIONS) {
    const pair = mapPair(root, name);
    for (const [fn, list] of (pair && callSections.get(pair)) ?? []) {
      const all = calls.get(fn);
      if (all) all.push(...list);
      else calls.set(fn, [...list]);
    }
  }
  return { mappings, calls };
}
