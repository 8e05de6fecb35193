import { parseDocument } from 'yaml';
import { SECRET_NAME } from '../../core/util/secret-name';
import { keyText, scalarText, walk } from '../heat/yaml-nodes';
import { tooDeepAt } from '../yaml/nesting';

/** Literal values of password-like keys (a task's `auth: {password: ...}`), to be masked. */
export function ansibleSecrets(text: string): string[] {
  const found: string[] = [];
  if (tooDeepAt(text) !== undefined) return found; // never parsed, so never shown either
  walk(parseDocument(text, { uniqueKeys: false }).contents, (node, pair) => {
    const key = pair && pair.value === node ? keyText(pair) : undefined;
    const value = scalarText(node);
    if (key && SECRET_NAME.test(key) && value && !value.includes('{{')) found.push(value);
  });
  return found;
}
