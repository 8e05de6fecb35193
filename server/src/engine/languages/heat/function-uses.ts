/**
 * Every single-key map whose key names a function of some HOT version, with the context Heat parses
 * it in: `condition` inside the conditions section, resource/output `condition` and the first
 * argument of `if`; `value` everywhere else in resources and outputs.
 */
import { isMap, isSeq } from 'yaml';
import { allFunctionNames } from '../../knowledge/hot-versions';
import { derived } from './derived';
import type { HeatDocument } from './template';
import { asMap, asSeq, keyText, mapEntries, mapPair, type FunctionCall } from './yaml-nodes';

export type FunctionContext = 'value' | 'condition';

export interface FunctionUse {
  call: FunctionCall;
  context: FunctionContext;
}

/** Condition functions are no value functions in any version, but authors write them as such. */
const CONDITION_NAMES = new Set(['equals', 'not', 'and', 'or', 'contains', 'yaql', 'get_param']);

const looksLikeFunction = (name: string) => allFunctionNames().has(name) || CONDITION_NAMES.has(name);

/** Every function use of the document, in document order (computed once per document). */
export function functionUses(doc: HeatDocument): FunctionUse[] {
  return derived(doc, 'function-uses', () => findFunctionUses(doc));
}

function findFunctionUses(doc: HeatDocument): FunctionUse[] {
  const out: FunctionUse[] = [];
  const stack: Array<[unknown, FunctionContext]> = [];
  for (const sectionName of ['resources', 'outputs']) {
    for (const [, entry] of mapEntries(asMap(mapPair(doc.root, sectionName)?.value)).reverse()) {
      for (const pair of [...(asMap(entry.value)?.items ?? [])].reverse()) {
        stack.push([pair.value, keyText(pair) === 'condition' ? 'condition' : 'value']);
      }
    }
  }
  for (const [, entry] of mapEntries(asMap(mapPair(doc.root, 'conditions')?.value)).reverse()) stack.push([entry.value, 'condition']);
  while (stack.length > 0) {
    const [node, context] = stack.pop()!;
    if (isMap(node)) {
      const name = node.items.length === 1 ? keyText(node.items[0]) : undefined;
      if (name !== undefined && looksLikeFunction(name)) {
        const pair = node.items[0];
        out.push({ call: { name, pair, map: node, arg: pair.value }, context });
        const args = name === 'if' && context === 'value' ? asSeq(pair.value)?.items : undefined;
        if (args) {
          for (let i = args.length - 1; i >= 0; i--) stack.push([args[i], i === 0 ? 'condition' : 'value']);
          continue;
        }
      }
      for (let i = node.items.length - 1; i >= 0; i--) stack.push([node.items[i].value, context]);
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push([node.items[i], context]);
    }
  }
  return out;
}
