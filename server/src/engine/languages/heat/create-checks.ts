/**
 * Checks a resource type's own validate() makes on stack create, across several properties (Heat's
 * `template validate` does not run them; stack create does). Each check sees which properties are
 * set, and stays silent whenever a computed value could change its answer.
 */
import { isMap, isScalar, isSeq, type Pair } from 'yaml';
import { isFunctionLike } from './property-tree';
import type { HeatDocument } from './template';
import { effectivePairs, resolved } from './yaml-merge';
import { keyText } from './yaml-nodes';

/** How Heat's `properties.get(name)` would test: absent/empty (falsy), set (truthy) or not known yet. */
export type Presence = 'unset' | 'set' | 'computed';

export interface PropertyState {
  presence(name: string): Presence;
  pair(name: string): Pair<unknown, unknown> | undefined;
}

export interface CombinationProblem {
  message: string;
  /** The property the finding sits on; none: the properties map itself. */
  on?: string;
}

function presenceOf(node: unknown): Presence {
  if (node == null) return 'unset';
  if (isFunctionLike(node)) return 'computed';
  if (isScalar(node)) return node.value === null || node.value === '' || node.value === 0 || node.value === false ? 'unset' : 'set';
  if (isMap(node) || isSeq(node)) return node.items.length ? 'set' : 'unset';
  return 'computed';
}

export function propertyState(doc: HeatDocument, properties: Parameters<typeof effectivePairs>[1] | undefined): PropertyState {
  const pairs = new Map((properties ? effectivePairs(doc, properties) : []).map((p) => [keyText(p), p]));
  return {
    presence: (name) => presenceOf(resolved(doc, pairs.get(name)?.value)),
    pair: (name) => pairs.get(name),
  };
}

/** OS::Cinder::Volume: a size, unless created from a backup, a snapshot or another volume; one source at most. */
function cinderVolume(state: PropertyState): CombinationProblem[] {
  const { presence } = state;
  if (presence('image') === 'set' && presence('imageRef') === 'set') return [{ message: "sets both 'image' and 'imageRef', which name the same thing", on: 'imageRef' }];
  if (presence('backup_id') !== 'unset') return []; // a backup brings its own size and content
  const sources = ['snapshot_id', 'source_volid', 'image', 'imageRef'];
  if (sources.some((s) => presence(s) === 'computed')) return [];
  const set = sources.filter((s) => presence(s) === 'set');
  const size = presence('size');
  if (set.length > 1 && size !== 'unset') return [{ message: `has a size and ${set.map((s) => `'${s}'`).join(' and ')}: a volume is created from one source at most`, on: set[1] }];
  if (size !== 'unset') return [];
  if (set.length > 1) return [{ message: `has no size and ${set.map((s) => `'${s}'`).join(' and ')}: without a size, exactly one of 'snapshot_id' or 'source_volid' must be given`, on: set[1] }];
  if (set.length === 1 && (set[0] === 'image' || set[0] === 'imageRef')) return [{ message: `has no 'size': a volume made from an image needs one (only a snapshot_id, source_volid or backup_id source brings its own)`, on: set[0] }];
  if (set.length === 0) return [{ message: "has no 'size' and no source to take one from (snapshot_id, source_volid or backup_id)" }];
  return [];
}

export const CREATE_CHECKS: Record<string, (state: PropertyState) => CombinationProblem[]> = {
  'OS::Cinder::Volume': cinderVolume,
};
