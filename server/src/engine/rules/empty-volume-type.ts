import { isScalar } from 'yaml';
import { getParamTarget, versionOf } from '../heat/functions';
import { deletePairLines, insertSectionEntry } from '../heat/edits';
import { parameters, resources, type HeatDocument } from '../heat/template';
import { asFunctionCall, asMap, mapPair, nodeSpan } from '../heat/yaml-nodes';
import { isCinderVolumeType } from '../knowledge/heat-types';
import type { FixSpec, HeatRule, OffsetEdit } from '../rule';

/** An empty string. A null value is not flagged: Heat treats a null property as not given. */
function isEmptyLiteral(node: unknown): boolean {
  return isScalar(node) && node.value === '';
}

function isEmptyDefault(node: unknown): boolean {
  return node == null || (isScalar(node) && (node.value === null || node.value === ''));
}

/** The parameter behind `{get_param: X}` when X's declared default is empty. */
function emptyDefaultParameter(doc: HeatDocument, value: unknown): string | undefined {
  const call = asFunctionCall(value, (name) => name === 'get_param');
  const target = call && getParamTarget(call);
  if (!target || target.path) return undefined;
  const declaration = asMap(parameters(doc).get(target.name)?.value);
  const defaultPair = mapPair(declaration, 'default');
  return defaultPair && isEmptyDefault(defaultPair.value) ? target.name : undefined;
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

export const emptyVolumeType: HeatRule = {
  meta: {
    id: 'empty-volume-type',
    severity: 'error',
    summary: 'A Cinder volume gets an empty volume_type, which Cinder rejects.',
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    const conditionsSupported = versionOf(doc)?.conditionsSupported ?? false;
    for (const resource of resources(doc)) {
      if (!isCinderVolumeType(resource.type)) continue;
      const pair = mapPair(resource.properties, 'volume_type');
      if (!pair) continue;
      const keySpan = nodeSpan(pair.key)!;
      const valueSpan = nodeSpan(pair.value) ?? keySpan;
      const parameter = isEmptyLiteral(pair.value) ? undefined : emptyDefaultParameter(doc, pair.value);
      if (!parameter && !isEmptyLiteral(pair.value)) continue;
      const fixes: FixSpec[] = [{ title: 'Remove volume_type (Cinder then uses its default volume type)', edits: [deletePairLines(doc, keySpan.start, valueSpan.end)], preferred: true }];
      if (parameter && conditionsSupported) fixes.push(guardFix(doc, parameter, valueSpan.start, valueSpan.end));
      yield {
        message: parameter
          ? `volume_type comes from parameter '${parameter}', whose default is empty: unless a value is always passed, Cinder finds no volume type '' and the stack fails.`
          : `volume_type is empty: Cinder finds no volume type '' and the stack fails.`,
        at: { path: ['resources', resource.name, 'properties', 'volume_type'], part: 'value' },
        fixes,
      };
    }
  },
};
