/** Decides which language a file is (the first in the registry that claims it) and parses it once. */
import type { AnyLanguage, SourceFile } from './core/language';
import { LANGUAGES } from './languages/registry';

export type Analysis =
  | { kind: string; language: AnyLanguage; doc: ReturnType<AnyLanguage['detect']>; file: SourceFile }
  | { kind: undefined; reason: string; file: SourceFile };

/** A checked file's analysis. */
export type Claimed = Extract<Analysis, { language: AnyLanguage }>;

function whyNot(file: SourceFile): string {
  return file.languageId !== undefined && file.languageId !== 'yaml'
    ? `language '${file.languageId}' is neither magnum-conf nor yaml`
    : 'the YAML has no top-level heat_template_version and is not a Heat environment';
}

export function analyze(file: SourceFile): Analysis {
  const parses = new Map<string, unknown>();
  const shared = {
    once<T>(key: string, parse: () => T): T {
      if (!parses.has(key)) parses.set(key, parse());
      return parses.get(key) as T;
    },
  };
  for (const language of LANGUAGES) {
    const doc = language.detect(file, shared);
    if (doc !== undefined) return { kind: language.id, language, doc, file };
  }
  return { kind: undefined, reason: whyNot(file), file };
}
