import { isScalar, type Pair } from 'yaml';
import { basenameOf } from '../../../core/host';
import { getParamTarget, versionOf } from '../functions';
import { deletePairLines, insertSectionEntry } from '../edits';
import { definitionProperties, definitionType, nestedUses, resourceDefinitions, type ResourceDefinition } from '../nested';
import { effectivePairs, resolved } from '../yaml-merge';
import { parameters, type HeatDocument } from '../template';
import { loadHeatFile } from '../template-files';
import { asFunctionCall, asMap, keyText, mapPair, nodeSpan } from '../yaml-nodes';
import { isCinderVolumeType } from '../../../knowledge/heat-types';
import type { Finding, FixSpec, OffsetEdit } from '../../../core/rule';
import type { HeatContext, HeatRule } from '../context';

/** An empty string. A null value is not flagged: Heat treats a null property as not given. */
function isEmptyLiteral(node: unknown): boolean {
  return isScalar(node) && node.value === '';
}

function isEmptyDefault(node: unknown): boolean {
  return node == null || (isScalar(node) && (node.value === null || node.value === ''));
}

/** The parameter behind `{get_param: X}`, when X is a plain name. */
function parameterOf(value: unknown): string | undefined {
  const call = asFunctionCall(value, (name) => name === 'get_param');
  const target = call && getParamTarget(call);
  return target && !target.path ? target.name : undefined;
}

/** The parameter behind `{get_param: X}` when X's declared default is empty. */
function emptyDefaultParameter(doc: HeatDocument, value: unknown): string | undefined {
  const name = parameterOf(value);
  const defaultPair = name === undefined ? undefined : mapPair(asMap(parameters(doc).get(name)?.value), 'default');
  return defaultPair && isEmptyDefault(defaultPair.value) ? name : undefined;
}

/** Cinder volumes among the resources and group members, with their volume_type entry (merge keys applied). */
function volumes(doc: HeatDocument): Array<ResourceDefinition & { volumeType: Pair<unknown, unknown>; merged: boolean }> {
  return resourceDefinitions(doc).flatMap((def) => {
    const properties = definitionProperties(doc, def);
    if (!properties || !isCinderVolumeType(definitionType(doc, def))) return [];
    const volumeType = effectivePairs(doc, properties).filter((p) => keyText(p) === 'volume_type').pop();
    return volumeType ? [{ ...def, volumeType, merged: !properties.items.includes(volumeType) }] : [];
  });
}

function guardFix(doc: HeatDocument, parameter: string, valueStart: number, valueEnd: number): FixSpec {
  const condition = `${parameter}_set`;
  const edits: OffsetEdit[] = [];
  if (!mapPair(asMap(mapPair(doc.root, 'conditions')?.value), condition)) {
    edits.push(insertSectionEntry(doc, 'conditions', condition, ['not:', '  equals:', `    - get_param: ${parameter}`, '    - ""']));
  }
  edits.push({ start: valueStart, end: valueEnd, newText: `{if: [${condition}, {get_param: ${parameter}}, null]}` });
  return { title: `Pass volume_type only when '${parameter}' is set (condition ${condition})`, edits };
}

function* localVolumes(doc: HeatDocument): Generator<Finding> {
  const conditionsSupported = versionOf(doc)?.conditionsSupported ?? false;
  const reported = new Set<Pair<unknown, unknown>>();
  for (const volume of volumes(doc)) {
    const pair = volume.volumeType;
    const value = resolved(doc, pair.value);
    const keySpan = nodeSpan(pair.key)!;
    const valueSpan = nodeSpan(pair.value) ?? keySpan;
    const parameter = isEmptyLiteral(value) ? undefined : emptyDefaultParameter(doc, value);
    if (!parameter && !isEmptyLiteral(value)) continue;
    // A value merged in with `<<` is written in the anchored map, which other resources may share: no automatic edit there.
    const fixes: FixSpec[] = volume.merged ? [] : [{ title: 'Remove volume_type (Cinder then uses its default volume type)', edits: [deletePairLines(doc, keySpan.start, valueSpan.end)], preferred: true }];
    if (parameter && conditionsSupported && !volume.merged) fixes.push(guardFix(doc, parameter, valueSpan.start, valueSpan.end));
    if (reported.has(pair)) continue;
    reported.add(pair);
    const subject = volume.merged ? `The volume_type that '${volume.resource}' takes from a '<<' merge key` : 'volume_type';
    yield {
      message: parameter
        ? `${subject} comes from parameter '${parameter}', whose default is empty: unless a value is always passed, Cinder finds no volume type '' and the stack fails.`
        : `${subject} is empty: Cinder finds no volume type '' and the stack fails.`,
      at: volume.merged ? valueSpan : { path: [...volume.holderPath, 'properties', 'volume_type'], part: 'value' },
      fixes,
    };
  }
}

/** Empty values this template passes to a nested template that uses them as a volume's volume_type. */
function* nestedVolumes({ doc, path, host }: HeatContext): Generator<Finding> {
  const reported = new Set<string>();
  for (const use of nestedUses(doc, path, host)) {
    const passed = use.properties ? effectivePairs(doc, use.properties) : [];
    for (const target of use.targets) {
      const nested = loadHeatFile(host, target.path);
      if (!nested) continue;
      for (const volume of volumes(nested.doc)) {
        const name = parameterOf(resolved(nested.doc, volume.volumeType.value));
        const pair = passed.find((p) => keyText(p) === name);
        if (!pair) continue;
        const value = resolved(doc, pair.value);
        const parameter = isEmptyLiteral(value) ? undefined : emptyDefaultParameter(doc, value);
        const key = [...use.holderPath, name].join('\0');
        if ((!parameter && !isEmptyLiteral(value)) || reported.has(key)) continue;
        reported.add(key);
        yield {
          message: `'${name}' becomes the volume_type of '${volume.resource}' in ${basenameOf(target.path)}, and it is empty here`
            + `${parameter ? ` (parameter '${parameter}' defaults to empty)` : ''}: Cinder finds no volume type '' and the stack fails.`,
          at: { path: [...use.holderPath, 'properties', name!], part: 'value' },
        };
      }
    }
  }
}

export const emptyVolumeType: HeatRule = {
  meta: {
    id: 'empty-volume-type',
    severity: 'error',
    summary: 'A Cinder volume gets an empty volume_type, which Cinder rejects.',
    appliesTo: 'heat-template',
  },
  *check(ctx) {
    yield* localVolumes(ctx.doc);
    if (ctx.host) yield* nestedVolumes(ctx);
  },
};
