/** The outline of a Heat template: parameters (with type), resources (with type), outputs, conditions. */
import type { Pair } from 'yaml';
import type { OutlineKind, OutlineSymbol } from '../../core/editor-types';
import type { Span } from '../../core/text';
import { section, type HeatDocument } from './template';
import { asMap, mapEntries, mapPair, mapValue, nodeSpan, pairSpan, scalarText } from './yaml-nodes';

const SECTIONS: ReadonlyArray<[string, OutlineKind]> = [
  ['parameters', 'parameter'], ['resources', 'resource'], ['outputs', 'output'], ['conditions', 'condition'],
];

/** A pair's span without the line breaks and blanks the parser counts into a block value. */
function entrySpan(doc: HeatDocument, pair: Pair<unknown, unknown>): Span | undefined {
  const span = pairSpan(pair);
  return span && { start: span.start, end: span.start + doc.text.slice(span.start, span.end).trimEnd().length };
}

function entrySymbol(doc: HeatDocument, name: string, pair: Pair<unknown, unknown>, kind: OutlineKind): OutlineSymbol | undefined {
  const selectionSpan = nodeSpan(pair.key);
  const span = entrySpan(doc, pair);
  if (!selectionSpan || !span) return undefined;
  const typed = kind === 'parameter' || kind === 'resource';
  const detail = typed ? scalarText(mapValue(asMap(pair.value), 'type')) : undefined;
  return { name, kind, span, selectionSpan, ...(detail !== undefined ? { detail } : {}) };
}

export function heatSymbols(doc: HeatDocument): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  for (const [name, kind] of SECTIONS) {
    const pair = mapPair(doc.root, name);
    const selectionSpan = pair && nodeSpan(pair.key);
    const span = pair && entrySpan(doc, pair);
    if (!selectionSpan || !span) continue;
    const children = mapEntries(section(doc, name)).flatMap(([entry, p]) => entrySymbol(doc, entry, p, kind) ?? []);
    out.push({ name, kind: 'section', span, selectionSpan, children });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
