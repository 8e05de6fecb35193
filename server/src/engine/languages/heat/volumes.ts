/** Cinder volumes defined by a template (resources and group members, merge keys applied). */
import type { Pair } from 'yaml';
import { isCinderVolumeType } from '../../knowledge/heat-types';
import { getParamTarget } from './functions';
import { definitionProperties, definitionType, resourceDefinitions, type ResourceDefinition } from './definitions';
import type { HeatDocument } from './template';
import { derived } from './derived';
import { effectivePairs } from './yaml-merge';
import { asFunctionCall, keyText } from './yaml-nodes';

export type VolumeDefinition = ResourceDefinition & { volumeType: Pair<unknown, unknown>; merged: boolean };

/** The parameter behind `{get_param: X}`, when X is a plain name. */
export function parameterOf(value: unknown): string | undefined {
  const call = asFunctionCall(value, (name) => name === 'get_param');
  const target = call && getParamTarget(call);
  return target && !target.path ? target.name : undefined;
}

/** Cinder volumes among the resources and group members, with their volume_type entry (merge keys applied). */
export function volumes(doc: HeatDocument): VolumeDefinition[] {
  return derived(doc, 'volumes', () => resourceDefinitions(doc).flatMap((def) => {
    const properties = definitionProperties(doc, def);
    if (!properties || !isCinderVolumeType(definitionType(doc, def))) return [];
    const volumeType = effectivePairs(doc, properties).filter((p) => keyText(p) === 'volume_type').pop();
    return volumeType ? [{ ...def, volumeType, merged: !properties.items.includes(volumeType) }] : [];
  }));
}
