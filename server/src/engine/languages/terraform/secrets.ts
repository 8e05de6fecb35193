import { SECRET_NAME } from '../../core/util/secret-name';
import { literalOf, parseHcl } from './hcl';

/** Literal strings given to password-like arguments (a provider's `password = "..."`), to be masked. */
export function terraformSecrets(text: string): string[] {
  const found: string[] = [];
  parseHcl(text).iterate({
    enter(ref) {
      if (ref.name !== 'Attribute') return;
      const node = ref.node;
      const name = node.getChild('Identifier');
      const expression = node.getChild('Expression');
      if (!name || !expression || !SECRET_NAME.test(text.slice(name.from, name.to))) return;
      const { value } = literalOf(expression, text);
      if (typeof value === 'string' && value !== '') found.push(value);
    },
  });
  return found;
}
