/** What the name under the cursor is: a parameter, a resource, or a nested template's parameter or file. */
import { isMap, isScalar, isSeq } from 'yaml';
import type { LintHost } from '../../../core/host';
import { nestedUses, type NestedUse } from '../nested';
import { nodeAt } from '../node-at';
import type { HeatDocument } from '../template';
import { keyText, nodeSpan, scalarText } from '../yaml-nodes';
import type { Span } from '../../../core/text';

export type HeatSymbol =
  | { kind: 'parameter'; name: string }
  | { kind: 'resource'; name: string }
  /** A property of a resource whose type is a template: that template's parameter. */
  | { kind: 'nested-parameter'; name: string; use: NestedUse }
  /** The `type` value naming a template file. */
  | { kind: 'nested-template'; use: NestedUse };

export interface SymbolAt {
  symbol: HeatSymbol;
  span: Span;
}

const sameKeys = (a: ReadonlyArray<string | number>, b: ReadonlyArray<string | undefined>) => a.length === b.length && a.every((k, i) => k === b[i]);

/** The function whose argument holds the scalar: `{fn: x}` or the first item of `{fn: [x, ...]}`. */
function functionArgument(at: NonNullable<ReturnType<typeof nodeAt>>): { fn: string; first: boolean } | undefined {
  const { node, pairs, parents } = at;
  const holder = parents[parents.length - 1];
  const last = pairs[pairs.length - 1];
  const fn = last && keyText(last);
  if (fn === undefined) return undefined;
  if (isMap(holder) && holder.items.length === 1 && last.value === node) return { fn, first: true };
  const call = parents[parents.length - 2];
  if (isSeq(holder) && last.value === holder && isMap(call) && call.items.length === 1) return { fn, first: holder.items[0] === node };
  return undefined;
}

export function symbolAt(doc: HeatDocument, path: string, offset: number, host: LintHost | undefined): SymbolAt | undefined {
  const at = nodeAt(doc.yaml.contents, offset);
  if (!at || !isScalar(at.node)) return undefined;
  const name = scalarText(at.node);
  const span = nodeSpan(at.node);
  if (name === undefined || !span) return undefined;
  const keys = at.pairs.map(keyText);
  const found = (symbol: HeatSymbol): SymbolAt => ({ symbol, span });
  if (at.isKey && keys.length === 2 && keys[0] === 'parameters') return found({ kind: 'parameter', name });
  if (at.isKey && keys.length === 2 && keys[0] === 'resources') return found({ kind: 'resource', name });
  if (!at.isKey) {
    const arg = functionArgument(at);
    if (arg?.fn === 'get_param' && arg.first) return found({ kind: 'parameter', name });
    if ((arg?.fn === 'get_resource' || arg?.fn === 'get_attr') && arg.first) return found({ kind: 'resource', name });
    if (keys.length === 3 && keys[0] === 'resources' && keys[2] === 'depends_on') return found({ kind: 'resource', name });
  }
  if (keys[0] !== 'resources') return undefined;
  for (const use of nestedUses(doc, path, host)) {
    if (at.isKey && sameKeys([...use.holderPath, 'properties', name], keys)) return found({ kind: 'nested-parameter', name, use });
    if (!at.isKey && sameKeys([...use.holderPath, 'type'], keys)) return found({ kind: 'nested-template', use });
  }
  return undefined;
}
