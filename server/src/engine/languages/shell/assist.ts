/** Hover and completion in shell commands (also inside Markdown and reStructuredText code blocks). */
import type { CompletionProposal } from '../../core/completion-types';
import type { HoverResult } from '../../core/hover-types';
import { labelEntryCompletion, LIST_LABELS } from '../../cluster-template/completion';
import { clusterTemplateHover } from '../../cluster-template/hover';
import type { ClusterTemplateContext } from '../../cluster-template/model';
import type { ShellDocument } from './document';

export function shellHover(doc: ShellDocument, offset: number, ctx: ClusterTemplateContext): HoverResult | undefined {
  return clusterTemplateHover(doc.specs, offset, ctx);
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
  return labelEntryCompletion(piece, offset, spec, ctx, LIST_LABELS);
}
