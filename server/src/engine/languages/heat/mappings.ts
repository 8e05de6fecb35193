import type { YAMLMap } from 'yaml';
import type { HeatDocument } from './template';
import { treeIndex } from './tree-index';

/** Every mapping of the document, in document order (one walk per document version). */
export function mappings(doc: HeatDocument): ReadonlyArray<YAMLMap<unknown, unknown>> {
  return treeIndex(doc).mappings;
}
