/** Hover and completion in shell commands (also inside Markdown and reStructuredText code blocks). */
import type { CompletionProposal } from '../../core/completion-types';
import type { HoverResult } from '../../core/hover-types';
import { labelAt, labelCompletion, labelHover } from '../../cluster-template/assist';
import type { ClusterTemplateContext, ClusterTemplateSpec } from '../../cluster-template/model';
import { coeFlag } from '../../knowledge/coe-cli';
import type { ShellDocument } from './document';

function flagHover(spec: ClusterTemplateSpec, offset: number): HoverResult | undefined {
  for (const [field, v] of spec.fields) {
    if (!v.spelledAs.startsWith('-') || offset < v.nameSpan.start || offset > v.nameSpan.end) continue;
    const flag = coeFlag(spec.kind, v.spelledAs);
    if (!flag) return undefined;
    const type = flag.type === 'flag' ? `switch, sets ${field} to ${String(flag.sets)}` : flag.type;
    const lines = [`**\`${v.spelledAs}\`** of \`${spec.source}\` → API field \`${field}\` (${type})`, '', `${flag.meaning[0].toUpperCase()}${flag.meaning.slice(1)}.`];
    if (flag.default !== undefined) lines.push('', `Left out, the client sends \`${String(flag.default)}\`.`);
    return { markdown: lines.join('\n'), span: v.nameSpan };
  }
  return undefined;
}

export function shellHover(doc: ShellDocument, offset: number, ctx: ClusterTemplateContext): HoverResult | undefined {
  const label = labelAt(doc.specs, offset);
  if (label) return labelHover(label.label, label.spec, ctx);
  const spec = doc.specs.find((s) => offset >= s.span.start && offset <= s.span.end);
  return spec && flagHover(spec, offset);
}

/** `--labels a=b,c` or `labels=a=b,c` typed up to the cursor, on the cursor's line. */
const LABELS_BEFORE = /(?:--labels[= ]+|\blabels=)(['"]?)([^\s'"]*)$/;

export function shellCompletion(doc: ShellDocument, offset: number, ctx: ClusterTemplateContext): CompletionProposal[] {
  const lineStart = doc.text.lastIndexOf('\n', offset - 1) + 1;
  const m = LABELS_BEFORE.exec(doc.text.slice(lineStart, offset));
  if (!m) return [];
  const typed = m[2];
  const piece = typed.slice(Math.max(typed.lastIndexOf(','), typed.lastIndexOf(';')) + 1);
  const spec = doc.specs.find((s) => offset >= s.span.start && offset <= s.span.end + 1);
  const eq = piece.indexOf('=');
  if (eq < 0) return labelCompletion(spec, ctx, { start: offset - piece.length, end: offset });
  return labelCompletion(spec, ctx, { start: offset - piece.length + eq + 1, end: offset }, piece.slice(0, eq));
}
