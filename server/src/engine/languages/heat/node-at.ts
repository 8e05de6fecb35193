import { isMap, isScalar, isSeq, type Pair } from 'yaml';
import { nodeSpan } from './yaml-nodes';

export interface NodeAt {
  /** The innermost scalar under the offset. */
  node: unknown;
  /** Whether the scalar is a mapping key. */
  isKey: boolean;
  /** Pairs from the root down to the one holding the node (innermost last). */
  pairs: Array<Pair<unknown, unknown>>;
  /** The collections from the root down to the one holding the node (innermost last). */
  parents: unknown[];
}

const inside = (node: unknown, offset: number) => {
  const span = nodeSpan(node);
  return span !== undefined && span.start <= offset && offset <= span.end;
};

/** Finds the scalar under an offset, with the chain of pairs that leads to it. */
export function nodeAt(root: unknown, offset: number): NodeAt | undefined {
  const pairs: Array<Pair<unknown, unknown>> = [];
  const parents: unknown[] = [];
  let node = root;
  for (;;) {
    if (isScalar(node)) return inside(node, offset) ? { node, isKey: false, pairs, parents } : undefined;
    if (isMap(node)) {
      parents.push(node);
      const pair = node.items.find((p) => inside(p.key, offset) || inside(p.value, offset));
      if (!pair) return undefined;
      pairs.push(pair);
      if (inside(pair.key, offset) && isScalar(pair.key)) return { node: pair.key, isKey: true, pairs, parents };
      node = pair.value;
    } else if (isSeq(node)) {
      parents.push(node);
      node = node.items.find((item) => inside(item, offset));
      if (node === undefined) return undefined;
    } else {
      return undefined;
    }
  }
}
