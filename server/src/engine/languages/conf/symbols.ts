/** The outline of a magnum.conf: its sections with their options (names only: values can be secrets). */
import type { FoldingLines, OutlineSymbol } from '../../core/editor-types';
import type { ConfDocument, ConfEntry, ConfSection } from './tokenizer';

const optionSymbol = (entry: ConfEntry): OutlineSymbol => ({ name: entry.key, kind: 'option', span: entry.span, selectionSpan: entry.keySpan });

/** From the header to the end of the section's last entry. */
function sectionSpan(section: ConfSection): { start: number; end: number } {
  const last = section.entries[section.entries.length - 1];
  return { start: section.headerSpan.start, end: Math.max(section.headerSpan.end, last?.span.end ?? 0) };
}

export function confSymbols(doc: ConfDocument): OutlineSymbol[] {
  const orphans = doc.entries.filter((e) => e.section === undefined).map(optionSymbol);
  const sections = doc.sections.map((section): OutlineSymbol => ({
    name: section.name,
    kind: 'section',
    span: sectionSpan(section),
    selectionSpan: section.nameSpan,
    children: section.entries.map(optionSymbol),
  }));
  return [...orphans, ...sections];
}

/** One fold per section with something under its header (comments included, up to the next header). */
export function confFoldingRanges(doc: ConfDocument): FoldingLines[] {
  const out: FoldingLines[] = [];
  doc.sections.forEach((section, i) => {
    const startLine = doc.index.positionAt(section.headerSpan.start).line;
    const next = doc.sections[i + 1];
    let endLine = next ? doc.index.positionAt(next.headerSpan.start).line - 1 : doc.index.lineCount - 1;
    while (endLine > startLine && doc.text.slice(doc.index.lineStart(endLine), doc.index.lineContentEnd(endLine)).trim() === '') endLine--;
    if (endLine > startLine) out.push({ startLine, endLine });
  });
  return out;
}
