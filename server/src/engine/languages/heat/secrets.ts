/** Defaults and allowed values of hidden Heat parameters. */
import { isCollection, isScalar } from 'yaml';
import { isHiddenParameter } from './hidden';
import { parameters, parseHeat } from './template';
import { asMap, mapValue } from './yaml-nodes';

function scalarsIn(node: unknown): string[] {
  const out: string[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const next = stack.pop();
    if (isScalar(next) && next.value !== null && next.value !== undefined) out.push(String(next.value));
    else if (isCollection(next)) for (const item of next.items) stack.push(isScalar(item) || isCollection(item) ? item : (item as { value?: unknown }).value);
  }
  return out;
}

export function heatSecrets(text: string): string[] {
  return [...parameters(parseHeat(text)).values()].flatMap((pair) => {
    const body = asMap(pair.value);
    if (!isHiddenParameter(body)) return [];
    return [...scalarsIn(mapValue(body, 'default')), ...scalarsIn(mapValue(body, 'constraints'))];
  });
}
