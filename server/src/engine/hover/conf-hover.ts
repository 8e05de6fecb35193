import { entryGroup, normalizeGroup, normalizeKey } from '../conf/model';
import type { ConfDocument } from '../conf/tokenizer';
import { confGroupKnown, confOption, type ConfOptionInfo } from '../knowledge/conf-options';
import type { Span } from '../text';
import type { HoverResult } from './types';

const inside = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

function releaseLine(info: ConfOptionInfo, release: string): string {
  const first = info.releases[0];
  const last = info.releases[info.releases.length - 1];
  const range = first === last ? first : `${first} – ${last}`;
  return info.releases.includes(release)
    ? `Known in releases ${range}.`
    : `**Not in ${release}** (known in ${range}).`;
}

function formatDefault(value: unknown): string {
  if (value === undefined || value === null) return 'none';
  if (Array.isArray(value)) return value.length ? `\`${value.join(',')}\`` : 'empty list';
  if (value === '') return 'empty';
  return `\`${String(value)}\``;
}

export function optionMarkdown(group: string, key: string, info: ConfOptionInfo, release: string): string {
  const lines = [`**${key}** · \`[${group}]\` · ${info.type}`, ''];
  if (info.summary) lines.push(info.summary, '');
  if (info.secret) lines.push('Secret: its value is never shown by magnum-heat.', '');
  else lines.push(`Default: ${formatDefault(info.default)}`, '');
  if (info.deprecatedForRemoval) lines.push(`Deprecated for removal${info.deprecatedReason ? `: ${info.deprecatedReason}` : ''}.`, '');
  if (info.deprecatedName || info.deprecatedGroup) {
    lines.push(`Formerly \`[${info.deprecatedGroup ?? group}] ${info.deprecatedName ?? key}\`.`, '');
  }
  lines.push(releaseLine(info, release));
  return lines.join('\n');
}

export function confHover(doc: ConfDocument, offset: number, release: string): HoverResult | undefined {
  for (const section of doc.sections) {
    if (inside(section.headerSpan, offset)) {
      const group = normalizeGroup(section.name);
      if (!confGroupKnown(group)) return undefined;
      return { markdown: `**[${group}]** · option group of magnum.conf`, span: section.headerSpan };
    }
  }
  const entry = doc.entries.find((e) => inside(e.keySpan, offset));
  const group = entry && entryGroup(entry);
  if (!entry || !group) return undefined;
  const key = normalizeKey(entry.key);
  const info = confOption(group, key);
  return info ? { markdown: optionMarkdown(group, key, info, release), span: entry.keySpan } : undefined;
}
