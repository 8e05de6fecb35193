import type { HeatDocument } from '../template';
import { nodeSpan } from '../yaml-nodes';
import type { Span } from '../../../core/text';
import type { Location } from '../../../core/language';

export type { Location };

export function locationOf(path: string, doc: HeatDocument, span: Span): Location {
  return { path, range: doc.index.rangeOf(span) };
}

/** The location of a YAML node (a key or a value), when it has a position. */
export function nodeLocation(path: string, doc: HeatDocument, node: unknown): Location[] {
  const span = nodeSpan(node);
  return span ? [locationOf(path, doc, span)] : [];
}

/** Drops repeated locations; the rest in file order, then by position. */
export function uniqueLocations(locations: Location[]): Location[] {
  const seen = new Set<string>();
  const order = [...new Set(locations.map((l) => l.path))];
  const sorted = [...locations].sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path)
    || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return sorted.filter((l) => {
    const key = `${l.path}:${l.range.start.line}:${l.range.start.character}:${l.range.end.line}:${l.range.end.character}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
