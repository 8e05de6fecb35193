import { isAlias, isMap, isNode, isPair, isSeq, visit, type Alias, type Document } from 'yaml';

/** Per parsed document: what each alias stands for. */
const aliasTargets = new WeakMap<Document, Map<Alias, unknown>>();

function targetsOf(doc: Document): Map<Alias, unknown> {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    const found = new Map<Alias, unknown>();
    const latest = new Map<string, unknown>();
    visit(doc, {
      Node: (_key, node) => {
        if (isAlias(node)) found.set(node, latest.get(node.source));
        else if (node.anchor) latest.set(node.anchor, node);
      },
    });
    aliasTargets.set(doc, (targets = found));
  }
  return targets;
}

/**
 * The node an alias stands for: the last node with its anchor before it, as the `yaml` package's
 * Alias.resolve finds it. That method walks the whole document on every call, which turns a template
 * with many aliases into minutes of work; this walks it once per document.
 */
export function resolveAlias(doc: Document, alias: Alias): unknown {
  return targetsOf(doc).get(alias);
}

/** The document with every alias written out: how many nodes it has, and the alias that adds the most. */
export interface AliasExpansion {
  /** Nodes as written (scalars, collections, aliases). */
  written: number;
  /** Nodes once every alias is replaced by a copy of what it stands for (saturates at 1e15). */
  expanded: number;
  largest?: { alias: Alias; nodes: number };
}

const MAX_COUNT = 1e15;
const expansions = new WeakMap<Document, AliasExpansion>();

function childrenOf(node: unknown): unknown[] {
  if (isMap(node)) return node.items.flatMap((pair) => (isPair(pair) ? [pair.key, pair.value] : []));
  return isSeq(node) ? node.items : [];
}

/**
 * Computed once per document, in one pass without recursion: nodes are sized after their children,
 * in document order, so the target of an alias (an anchor written before it) is already sized,
 * unless it encloses the alias (a cycle, counted as one node).
 */
export function aliasExpansionOf(doc: Document): AliasExpansion {
  const known = expansions.get(doc);
  if (known) return known;
  const targets = targetsOf(doc);
  const sizes = new Map<unknown, number>();
  const result: AliasExpansion = { written: 0, expanded: 0 };
  const stack: Array<{ node: unknown; sized: boolean }> = [{ node: doc.contents, sized: false }];
  while (stack.length > 0) {
    const { node, sized } = stack.pop()!;
    if (!isNode(node)) continue;
    if (!sized) {
      result.written++;
      stack.push({ node, sized: true });
      for (const child of childrenOf(node).reverse()) stack.push({ node: child, sized: false });
      continue;
    }
    let size = 1;
    if (isAlias(node)) {
      size = sizes.get(targets.get(node)) ?? 1;
      if (!result.largest || size > result.largest.nodes) result.largest = { alias: node, nodes: size };
    } else {
      for (const child of childrenOf(node)) size += sizes.get(child) ?? 0;
    }
    sizes.set(node, Math.min(size, MAX_COUNT));
  }
  result.expanded = sizes.get(doc.contents) ?? 0;
  expansions.set(doc, result);
  return result;
}
