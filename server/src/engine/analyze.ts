/** Decides which language a file is (the first in the registry that claims it) and parses it once. */
import type { AnyLanguage, SharedParses, SourceFile } from './core/language';
import { fileNameOf } from './core/paths';
import { LANGUAGES } from './languages/registry';

export type Analysis =
  | { kind: string; language: AnyLanguage; doc: ReturnType<AnyLanguage['detect']>; file: SourceFile }
  | { kind: undefined; reason: string; file: SourceFile };

/** A checked file's analysis. */
export type Claimed = Extract<Analysis, { language: AnyLanguage }>;

const YAML_NAME = /\.ya?ml$/i;

function whyNot(file: SourceFile): string {
  const yaml = file.languageId === 'yaml' || (file.languageId === undefined && YAML_NAME.test(fileNameOf(file.path)));
  if (yaml) return 'the YAML has no top-level heat_template_version and is not a Heat environment';
  const what = file.languageId === undefined ? 'the file' : `the file (language '${file.languageId}')`;
  return `${what} is no magnum.conf, Heat file, or script, runbook or Terraform file with Magnum cluster templates`;
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
