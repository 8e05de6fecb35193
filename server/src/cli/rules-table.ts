/** The rule registry as text: `--list-rules`, and the rules tables of README.md and docs/rules/README.md. */
import { LANGUAGES, RULE_METAS, type RuleMeta } from '../engine';

/** How each kind of rule target is named in the docs pages, the tables and the SARIF tags. */
export const SCOPE_LABEL: Record<string, string> = {
  ...Object.fromEntries(LANGUAGES.filter((l) => l.id !== 'project-config').map((l) => [l.id, l.label])),
  'cluster-template': 'cluster templates (Heat, shell, Markdown, Terraform, Ansible)',
  all: 'every checked file',
  'project-config': '.magnum-heat.yaml',
};

const SCOPE_ORDER = Object.keys(SCOPE_LABEL);

/** Rules grouped by what they apply to, in registry order within a group. */
export function orderedRules(metas: readonly RuleMeta[] = RULE_METAS): RuleMeta[] {
  return [...metas].sort((a, b) => SCOPE_ORDER.indexOf(a.appliesTo) - SCOPE_ORDER.indexOf(b.appliesTo));
}

export const docsPath = (id: string) => `docs/rules/${id}.md`;

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** A Markdown table; `link` decides how a rule id is written (README.md may not use relative links). */
export function markdownRulesTable(link: (id: string) => string): string {
  const rows = orderedRules().map((m) => `| ${link(m.id)} | ${SCOPE_LABEL[m.appliesTo]} | ${m.severity} | ${cell(m.summary)} |`);
  return ['| Rule | Applies to | Default severity | Summary |', '|---|---|---|---|', ...rows].join('\n');
}

export const TABLE_BEGIN = '<!-- rules-table:begin (generated from the rule registry by scripts/rules-table.mjs; do not edit) -->';
export const TABLE_END = '<!-- rules-table:end -->';

/** The document with the text between its table markers replaced; undefined when the markers are missing. */
export function withRulesTable(document: string, table: string): string | undefined {
  const begin = document.indexOf(TABLE_BEGIN);
  const end = document.indexOf(TABLE_END, begin);
  if (begin < 0 || end < 0) return undefined;
  return `${document.slice(0, begin + TABLE_BEGIN.length)}\n${table}\n${document.slice(end)}`;
}

/** The generated table of each file that carries one, by path relative to the repository root. */
export const RULE_TABLES: Record<string, () => string> = {
  'README.md': () => markdownRulesTable((id) => `\`${id}\``),
  'docs/rules/README.md': () => markdownRulesTable((id) => `[${id}](${id}.md)`),
};

/** `--list-rules` as aligned text columns: id, default severity, docs page, summary. */
export function listRulesText(): string {
  const rules = orderedRules();
  const idWidth = Math.max(...rules.map((m) => m.id.length));
  const docsWidth = Math.max(...rules.map((m) => docsPath(m.id).length));
  return rules.map((m) => `${m.id.padEnd(idWidth)}  ${m.severity.padEnd(11)}  ${docsPath(m.id).padEnd(docsWidth)}  ${m.summary}`).join('\n');
}

export function listRulesJson(): string {
  const rules = orderedRules().map((m) => ({ id: m.id, severity: m.severity, appliesTo: m.appliesTo, summary: m.summary, docs: docsPath(m.id) }));
  return JSON.stringify({ version: 1, rules }, null, 2);
}
