/** Which resources each resource waits for: get_resource / get_attr inside it, and its depends_on. */
import { isScalar } from 'yaml';
import { findCalls } from './functions';
import { resources, type HeatDocument } from './template';
import { asSeq, mapPair } from './yaml-nodes';

const graphs = new WeakMap<HeatDocument, Map<string, Set<string>>>();

export function dependencyGraph(doc: HeatDocument): Map<string, Set<string>> {
  const known = graphs.get(doc);
  if (known) return known;
  const graph = new Map(resources(doc).map((r) => [r.name, new Set<string>()]));
  const add = (from: string, to: unknown) => {
    if (isScalar(to) && typeof to.value === 'string' && graph.has(to.value)) graph.get(from)?.add(to.value);
  };
  for (const fn of ['get_resource', 'get_attr']) {
    for (const site of findCalls(doc, fn)) {
      if (site.section === 'resources') add(site.entry, fn === 'get_attr' ? asSeq(site.call.arg)?.items[0] : site.call.arg);
    }
  }
  for (const r of resources(doc)) {
    const value = mapPair(r.body, 'depends_on')?.value;
    for (const item of asSeq(value)?.items ?? [value]) add(r.name, item);
  }
  graphs.set(doc, graph);
  return graph;
}

/** Each dependency cycle once, as the resource names along it (first name repeated at the end). */
export function dependencyCycles(graph: Map<string, Set<string>>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const trail: string[] = [];
  const visit = (name: string) => {
    state.set(name, 'open');
    trail.push(name);
    for (const next of graph.get(name) ?? []) {
      if (state.get(next) === 'open') cycles.push([...trail.slice(trail.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(name, 'done');
  };
  for (const name of graph.keys()) if (!state.has(name)) visit(name);
  return cycles;
}
