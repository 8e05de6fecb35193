/**
 * The file languages the engine knows, in the order they are tried: the first whose detect() claims
 * a file checks it. Adding a language is its folder plus one line here.
 */
import type { AnyLanguage } from '../core/language';
import type { RuleMeta } from '../core/rule';
import { analysisLimit } from '../core/rules/analysis-limit';
import { unusedSuppression } from '../core/rules/unused-suppression';
import { ansibleLanguage } from './ansible';
import { confLanguage } from './conf';
import { heatTemplateLanguage } from './heat';
import { heatEnvironmentLanguage } from './heat-env';
import { projectConfigLanguage } from './project-config';
import { markdownLanguage, rstLanguage } from './markdown';
import { shellLanguage } from './shell';
import { terraformLanguage } from './terraform';

export const LANGUAGES: readonly AnyLanguage[] = [
  confLanguage,
  projectConfigLanguage,
  heatTemplateLanguage,
  heatEnvironmentLanguage,
  shellLanguage,
  markdownLanguage,
  rstLanguage,
  terraformLanguage,
  // After the Heat languages: a Heat template, environment or .magnum-heat.yaml is never a playbook.
  ansibleLanguage,
];

export function languageById(id: string | undefined): AnyLanguage | undefined {
  return LANGUAGES.find((l) => l.id === id);
}

/**
 * The rules of every language, each once (a rule several languages share, such as the
 * cluster-template rules, is listed by each of them); the engine's own rules have no check.
 */
export const ALL_RULES: ReadonlyArray<AnyLanguage['rules'][number]> = [...new Map(LANGUAGES.flatMap((l) => l.rules).map((r) => [r.meta.id, r])).values()];

/** Every rule id there is, as listed by `--list-rules` and in the docs: the languages' rules, then the engine's. */
export const RULE_METAS: readonly RuleMeta[] = [...ALL_RULES.map((r) => r.meta), unusedSuppression.meta, analysisLimit.meta];

export function findRuleMeta(id: string): RuleMeta | undefined {
  return RULE_METAS.find((m) => m.id === id);
}
