/** Where a template names its resources: get_resource, get_attr and depends_on. */
import { isScalar, type Scalar } from 'yaml';
import { derived } from './derived';
import { findCalls } from './functions';
import { resources, type HeatDocument } from './template';
import { asSeq, mapPair, type FunctionCall } from './yaml-nodes';

export interface NameNode {
  name: string;
  node: Scalar;
}

export interface ResourceReference extends NameNode {
  via: 'get_resource' | 'get_attr' | 'depends_on';
  /** The function call naming it (not for depends_on). */
  call?: FunctionCall;
  /** get_attr's attribute name, when literal. */
  attribute?: NameNode;
}

function nameNode(node: unknown): NameNode | undefined {
  return isScalar(node) && typeof node.value === 'string' ? { name: node.value, node } : undefined;
}

/** Every literal resource name used by get_resource, get_attr (with its attribute) or depends_on. */
export function resourceReferences(doc: HeatDocument): ResourceReference[] {
  return derived(doc, 'resource-references', () => findResourceReferences(doc));
}

function findResourceReferences(doc: HeatDocument): ResourceReference[] {
  const out: ResourceReference[] = [];
  for (const site of findCalls(doc, 'get_resource')) {
    const target = nameNode(site.call.arg);
    if (target) out.push({ ...target, via: 'get_resource', call: site.call });
  }
  for (const site of findCalls(doc, 'get_attr')) {
    const items = asSeq(site.call.arg)?.items ?? [];
    const target = nameNode(items[0]);
    if (target) out.push({ ...target, via: 'get_attr', call: site.call, attribute: nameNode(items[1]) });
  }
  for (const resource of resources(doc)) {
    const value = mapPair(resource.body, 'depends_on')?.value;
    for (const item of asSeq(value)?.items ?? [value]) {
      const target = nameNode(item);
      if (target) out.push({ ...target, via: 'depends_on' });
    }
  }
  return out;
}
