/** Small, typed helpers over the `yaml` package's node tree. */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Span } from '../../core/text';

export type AnyNode = Node | null | undefined;

export function asMap(node: unknown): YAMLMap<unknown, unknown> | undefined {
  return isMap(node) ? node : undefined;
}

export function asSeq(node: unknown): YAMLSeq<unknown> | undefined {
  return isSeq(node) ? node : undefined;
}

/** The scalar's value as a string, when it is a string or a number (YAML dates stay strings). */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

export function keyText(pair: Pair<unknown, unknown>): string | undefined {
  return scalarText(pair.key);
}

/** The pair for a key; the last one wins, as in Heat's YAML loader. */
export function mapPair(map: YAMLMap<unknown, unknown> | undefined, key: string): Pair<unknown, unknown> | undefined {
  if (!map) return undefined;
  for (let i = map.items.length - 1; i >= 0; i--) {
    if (keyText(map.items[i]) === key) return map.items[i];
  }
  return undefined;
}

export function mapValue(map: YAMLMap<unknown, unknown> | undefined, key: string): unknown {
  return mapPair(map, key)?.value;
}

/** Distinct keys with their winning pair, in first-appearance order. */
export function mapEntries(map: YAMLMap<unknown, unknown> | undefined): Array<[string, Pair<unknown, unknown>]> {
  const out = new Map<string, Pair<unknown, unknown>>();
  for (const pair of map?.items ?? []) {
    const k = keyText(pair);
    if (k !== undefined) out.set(k, pair);
  }
  return [...out];
}

export function nodeSpan(node: unknown): Span | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

/** From the key's start to the end of the value (or of the key when the value is empty). */
export function pairSpan(pair: Pair<unknown, unknown>): Span | undefined {
  const key = nodeSpan(pair.key);
  const value = nodeSpan(pair.value);
  if (!key) return value;
  return { start: key.start, end: value && value.end > key.end ? value.end : key.end };
}

/** A Heat function call: a map with exactly one key that names a function. */
export interface FunctionCall {
  name: string;
  pair: Pair<unknown, unknown>;
  map: YAMLMap<unknown, unknown>;
  arg: unknown;
}

export function asFunctionCall(node: unknown, isFunction: (name: string) => boolean): FunctionCall | undefined {
  if (!isMap(node) || node.items.length !== 1) return undefined;
  const pair = node.items[0];
  const name = keyText(pair);
  if (name === undefined || !isFunction(name)) return undefined;
  return { name, pair, map: node, arg: pair.value };
}

/**
 * Visits every node below `node` (maps, sequences and their scalars), depth first, in document order.
 * Iterative, so a pathologically deep document cannot overflow the stack; aliases are not followed.
 */
export function walk(node: unknown, visit: (node: unknown, parentPair?: Pair<unknown, unknown>) => void, parentPair?: Pair<unknown, unknown>): void {
  const stack: Array<[unknown, Pair<unknown, unknown> | undefined]> = [[node, parentPair]];
  while (stack.length > 0) {
    const [current, pair] = stack.pop()!;
    visit(current, pair);
    if (isMap(current)) {
      for (let i = current.items.length - 1; i >= 0; i--) stack.push([current.items[i].value, current.items[i]]);
    } else if (isSeq(current)) {
      for (let i = current.items.length - 1; i >= 0; i--) stack.push([current.items[i], pair]);
    }
  }
}
