import { isMap, type YAMLMap } from 'yaml';
import { derived } from './derived';
import type { HeatDocument } from './template';
import { walk } from './yaml-nodes';

/** Every mapping of the document, in document order (one walk per document version). */
export function mappings(doc: HeatDocument): ReadonlyArray<YAMLMap<unknown, unknown>> {
  return derived(doc, 'mappings', () => {
    const out: Array<YAMLMap<unknown, unknown>> = [];
    walk(doc.yaml.contents, (node) => {
      if (isMap(node)) out.push(node);
    });
    return out;
  });
}
