/** Decides which language a file is (the first in the registry that claims it) and parses it once. */
import type { AnyLanguage, SharedParses, SourceFile } from './core/language';
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

/** Parses of one text, shared by the languages that read it (and by files with that same text). */
export function sharedParses(): SharedParses {
  const parses = new Map<string, unknown>();
  return {
    once<T>(key: string, parse: () => T): T {
      if (!parses.has(key)) parses.set(key, parse());
      return parses.get(key) as T;
    },
  };
}

/** `shared`: parses of this very text made before (a caller checking several files with one text). */
export function analyze(file: SourceFile, shared: SharedParses = sharedParses()): Analysis {
  for (const language of LANGUAGES) {
    const doc = language.detect(file, shared);
    if (doc !== undefined) return { kind: language.id, language, doc, file };
  }
  return { kind: undefined, reason: whyNot(file), file };
}
