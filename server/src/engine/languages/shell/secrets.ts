/** Passwords and secrets a shell text sets: `--os-password x`, `OS_PASSWORD=x`, `export DB_SECRET='x'`. */
import { tokenize } from './tokenizer';

const SECRET_OPTION = /^--(os-)?(password|token|secret|application-credential-secret)$/;
const SECRET_VARIABLE = /^(?:export\s+)?[A-Za-z0-9_]*(PASSWORD|PASSWD|SECRET|TOKEN)[A-Za-z0-9_]*=(.+)$/i;

export function shellSecrets(text: string): string[] {
  const out = new Set<string>();
  for (const words of tokenize(text).commands) {
    words.forEach((w, i) => {
      const eq = w.value.indexOf('=');
      const option = eq > 0 ? w.value.slice(0, eq) : w.value;
      if (SECRET_OPTION.test(option)) {
        const value = eq > 0 ? w.value.slice(eq + 1) : words[i + 1]?.value;
        if (value) out.add(value);
      }
      const m = SECRET_VARIABLE.exec(w.value);
      if (m && !w.value.startsWith('-')) out.add(m[2]);
    });
  }
  return [...out].filter((s) => s.length >= 3);
}
