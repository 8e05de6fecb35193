/** The parameters section as Heat reads it: each declaration's type, default and constraint entries. */
import { isMap, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import { parameters, type HeatDocument, type HeatPath } from './template';
import { asMap, asSeq, keyText, mapPair, scalarText } from './yaml-nodes';

/** Keys of one constraint entry, and the constraint kinds among them (facts: hot_structure.json). */
export const CONSTRAINT_KINDS = ['length', 'range', 'modulo', 'allowed_values', 'allowed_pattern', 'custom_constraint'];
export const CONSTRAINT_KEYS = [...CONSTRAINT_KINDS, 'description'];

export interface ConstraintEntry {
  kind: string;
  value: unknown;
  path: HeatPath;
}

export interface ParameterDeclaration {
  name: string;
  pair: Pair<unknown, unknown>;
  body: YAMLMap<unknown, unknown> | undefined;
  type: string | undefined;
  path: HeatPath;
  /** Well-formed constraint entries (one kind each); malformed ones are invalid-parameter-definition's. */
  constraints: ConstraintEntry[];
}

const declarations = new WeakMap<HeatDocument, ParameterDeclaration[]>();

export function parameterDeclarations(doc: HeatDocument): ParameterDeclaration[] {
  const known = declarations.get(doc);
  if (known) return known;
  const out = [...parameters(doc)].map(([name, pair]): ParameterDeclaration => {
    const body = asMap(pair.value);
    const path: HeatPath = ['parameters', name];
    const constraints: ConstraintEntry[] = [];
    asSeq(mapPair(body, 'constraints')?.value)?.items.forEach((item, i) => {
      const entry = asMap(item);
      const kindPair = entry?.items.find((p) => CONSTRAINT_KINDS.includes(keyText(p) ?? ''));
      if (kindPair) constraints.push({ kind: keyText(kindPair)!, value: kindPair.value, path: [...path, 'constraints', i, keyText(kindPair)!] });
    });
    return { name, pair, body, type: scalarText(mapPair(body, 'type')?.value), path, constraints };
  });
  declarations.set(doc, out);
  return out;
}

/** A literal YAML value as plain data; undefined when it holds anything but scalars, maps and lists. */
export function plainValue(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map(plainValue);
  if (isMap(node)) return Object.fromEntries(node.items.map((p) => [keyText(p) ?? String(p.key), plainValue(p.value)]));
  return undefined;
}
