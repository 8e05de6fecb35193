/**
 * Whether a parameter is `hidden`, as Heat decides: it takes the loaded YAML value as it is and tests
 * its Python truth, so PyYAML's YAML 1.1 booleans (`yes`, `on`, `True`), any non-zero number and any
 * non-empty string (`"True"`, even `"false"`) hide it. Only false, null, zero and empty values show it.
 */
import { isCollection, isScalar, Scalar, type YAMLMap } from 'yaml';
import { mapValue } from './yaml-nodes';

/** Plain scalars PyYAML loads as false, null or zero. */
const FALSY_PLAIN = /^(?:|~|null|Null|NULL|false|False|FALSE|no|No|NO|off|Off|OFF|[-+]?0+(?:\.0*)?|[-+]?\.0+|0x0+|0o?0+)$/;

export function isHiddenParameter(body: YAMLMap<unknown, unknown> | undefined): boolean {
  const node = mapValue(body, 'hidden');
  if (node === undefined || node === null) return false;
  if (isCollection(node)) return node.items.length > 0;
  if (!isScalar(node)) return true; // an alias or something unexpected: hide rather than show
  if (node.type === Scalar.PLAIN || node.type === undefined) {
    const source = typeof node.source === 'string' ? node.source : String(node.value ?? '');
    return !FALSY_PLAIN.test(source.trim());
  }
  return String(node.value ?? '') !== '';
}
