/** A property value known before the stack exists: a literal, or `{get_param: X}` with X's declared default. */
import { isScalar } from 'yaml';
import { getParamTarget } from './functions';
import { parameters, type HeatDocument } from './template';
import { asFunctionCall, asMap, mapPair } from './yaml-nodes';

export interface StaticValue {
  value: string | number | boolean;
  /** The parameter whose default it is; undefined for a literal. */
  parameter?: string;
}

export function staticValue(doc: HeatDocument, node: unknown): StaticValue | undefined {
  const scalarValue = (n: unknown) => (isScalar(n) && ['string', 'number', 'boolean'].includes(typeof n.value) ? n.value as string | number | boolean : undefined);
  const literal = scalarValue(node);
  if (literal !== undefined) return { value: literal };
  const call = asFunctionCall(node, (name) => name === 'get_param');
  const target = call && getParamTarget(call);
  if (!target || target.path) return undefined;
  const value = scalarValue(mapPair(asMap(parameters(doc).get(target.name)?.value), 'default')?.value);
  return value === undefined ? undefined : { value, parameter: target.name };
}
