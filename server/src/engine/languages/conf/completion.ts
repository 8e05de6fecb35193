import { catalogFor, type ConfCatalog } from './catalog';
import { escapeSnippet } from './edits';
import { normalizeGroup, normalizeKey } from './model';
import type { ConfDocument } from './tokenizer';
import { capiGroupSummary, type CapiSettings } from '../../knowledge/capi-drivers';
import { AUTH_PLUGINS, confGroup, type ConfOptionInfo } from '../../knowledge/conf-options';
import { optionMarkdown } from './hover';
import type { CompletionProposal } from '../../core/completion-types';

const BOOLEAN_VALUES = ['true', 'false'];

interface LineContext {
  lineStart: number;
  /** The line's text before the cursor. */
  before: string;
  /** The rest of the line after the cursor. */
  after: string;
}

function lineAt(doc: ConfDocument, offset: number): LineContext {
  const { line } = doc.index.positionAt(offset);
  const lineStart = doc.index.lineStart(line);
  return { lineStart, before: doc.text.slice(lineStart, offset), after: doc.text.slice(offset, doc.index.lineContentEnd(line)) };
}

function currentGroup(doc: ConfDocument, offset: number): string | undefined {
  const section = doc.sections.filter((s) => s.headerSpan.end <= offset).pop();
  return section && normalizeGroup(section.name);
}

function groupDetail(catalog: ConfCatalog, group: string): string {
  const capi = catalog.capiSection(group);
  return capi ? `${capi.pkg} ${capi.kind === 'known' ? capi.version : ''}`.trim() : confGroup(group)?.library ?? 'Magnum';
}

function sectionProposals(catalog: ConfCatalog, ctx: LineContext, offset: number): CompletionProposal[] {
  const typed = ctx.before.slice(1);
  const closing = ctx.after.indexOf(']');
  const end = offset + (closing >= 0 ? closing : ctx.after.length);
  return catalog.groupCandidates().map((group) => ({
    label: group,
    kind: 'section',
    detail: groupDetail(catalog, group),
    documentation: confGroup(group)?.summary ?? capiGroupSummary(group),
    insertText: closing >= 0 ? group : `${group}]`,
    sortText: `${group === 'DEFAULT' ? '0' : '1'}${group}`,
    replace: { start: offset - typed.length, end },
  }));
}

function snippetDefault(info: ConfOptionInfo): string {
  const value = info.default;
  if (value === undefined || value === null || info.secret) return '';
  return escapeSnippet(Array.isArray(value) ? value.join(',') : String(value));
}

function optionDetail(info: ConfOptionInfo): string {
  if (info.secret) return `${info.type} · secret`;
  const value = info.default;
  const shown = value === undefined || value === null ? 'none' : Array.isArray(value) ? value.join(',') || 'empty list' : String(value) || 'empty';
  return `${info.type} · default ${shown}`;
}

function optionProposals(doc: ConfDocument, catalog: ConfCatalog, group: string, ctx: LineContext, offset: number): CompletionProposal[] {
  const set = new Set(doc.sections.filter((s) => normalizeGroup(s.name) === group).flatMap((s) => s.entries.map((e) => normalizeKey(e.key))));
  const wordEnd = offset + /^[\w-]*/.exec(ctx.after)![0].length;
  // A line that already has its '=' only gets the name.
  const hasValue = /[=:]/.test(ctx.after);
  return catalog.optionNames(group)
    .filter(({ name, info }) => !set.has(name) || info.type === 'MultiStrOpt')
    .map(({ name, info, plugin }) => ({
      label: name,
      kind: 'option',
      detail: optionDetail(info),
      documentation: optionMarkdown(group, name, info, catalog.release, plugin),
      insertText: hasValue ? name : `${name} = \${1:${snippetDefault(info)}}`,
      snippet: !hasValue,
      sortText: `${info.deprecatedForRemoval ? '1' : '0'}${name}`,
      replace: { start: ctx.lineStart, end: wordEnd },
    }));
}

/** Values to offer, and whether they are items of a list (completed after the last comma). */
function valueChoices(catalog: ConfCatalog, group: string, key: string): { values: string[]; items: boolean } {
  const found = catalog.lookup(group, key);
  const none = { values: [], items: false };
  if (found.kind !== 'option' && found.kind !== 'alias') return none;
  if (normalizeKey(key) === 'auth_type') return { values: [...AUTH_PLUGINS], items: false };
  if (found.info.choices) return { values: found.info.choices, items: false };
  if (found.info.itemChoices) return { values: found.info.itemChoices, items: true };
  return found.info.type === 'BoolOpt' ? { values: BOOLEAN_VALUES, items: false } : none;
}

function valueProposals(catalog: ConfCatalog, group: string, key: string, ctx: LineContext, offset: number, value: string): CompletionProposal[] {
  const { values, items } = valueChoices(catalog, group, key);
  const typed = items ? value.slice(value.lastIndexOf(',') + 1).trimStart() : value;
  const end = offset + (items ? ctx.after.split(',')[0].trimEnd().length : ctx.after.trimEnd().length);
  return values.map((label) => ({
    label,
    kind: 'value',
    detail: `${key} ${items ? 'item' : 'value'}`,
    replace: { start: offset - typed.length, end },
  }));
}

/** Section names after '[', option names of the current section at a line start, and values after '='. */
export function confCompletion(doc: ConfDocument, offset: number, release: string, capi?: CapiSettings): CompletionProposal[] {
  const catalog = catalogFor(doc, release, capi);
  const ctx = lineAt(doc, offset);
  if (ctx.before.startsWith('[')) return ctx.before.includes(']') ? [] : sectionProposals(catalog, ctx, offset);
  if (/^[#;\s]/.test(ctx.before)) return [];
  const group = currentGroup(doc, offset);
  if (!group) return [];
  const assignment = /^([^=:]*?)\s*[=:]\s*(.*)$/.exec(ctx.before);
  if (assignment) return valueProposals(catalog, group, assignment[1], ctx, offset, assignment[2]);
  return optionProposals(doc, catalog, group, ctx, offset);
}
