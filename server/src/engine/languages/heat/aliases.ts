import { isAlias, visit, type Alias, type Document } from 'yaml';

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
