import { isMap, isScalar, isSeq } from 'yaml';
import { versionOf } from '../functions';
import { unknownKeywordFinding } from '../keyword-findings';
import { CONSTRAINT_KEYS, CONSTRAINT_KINDS, parameterDeclarations, type ParameterDeclaration } from '../parameter-constraints';
import { asMap, asSeq, keyText, mapPair, nodeSpan, scalarText } from '../yaml-nodes';
import { PSEUDO_PARAMETERS } from '../../../knowledge/hot-versions';
import type { Finding } from '../../../core/rule';
import type { HeatRule } from '../context';
import type { HotVersionInfo } from '../../../knowledge/hot-versions';

const isBoolean = (n: unknown) => isScalar(n) && (typeof n.value === 'boolean' || /^(true|false)$/i.test(String(n.value)));
const isText = (n: unknown) => isScalar(n) && typeof n.value === 'string';
/** Keys each bounded constraint takes. */
const BOUNDS: Record<string, string[]> = { length: ['min', 'max'], range: ['min', 'max'], modulo: ['step', 'offset'] };

function* constraintProblems(p: ParameterDeclaration, version: HotVersionInfo): Generator<Finding> {
  const pair = mapPair(p.body, 'constraints');
  if (!pair || pair.value == null) return;
  const list = asSeq(pair.value);
  const at = (node: unknown) => nodeSpan(node) ?? { path: [...p.path, 'constraints'] };
  if (!list) {
    yield { message: `The constraints of parameter '${p.name}' must be a list of constraint maps; Heat rejects the template.`, at: at(pair.value) };
    return;
  }
  for (const item of list.items) {
    const entry = asMap(item);
    if (!entry) {
      yield { message: `Each constraint of parameter '${p.name}' must be a map (like {allowed_values: [...]}); Heat rejects the template.`, at: at(item) };
      continue;
    }
    for (const key of entry.items) {
      const name = keyText(key) ?? '';
      if (!CONSTRAINT_KEYS.includes(name)) yield { message: `'${name}' is not a parameter constraint (expected one of: ${CONSTRAINT_KEYS.join(', ')}); Heat rejects the template.`, at: at(key.key) };
      else if (name === 'modulo' && (version.aliasOf ?? version.value) < '2017-02-24') yield { message: `The modulo constraint needs heat_template_version 2017-02-24 or newer; Heat rejects the template.`, at: at(key.key) };
      else if (BOUNDS[name]) yield* boundProblems(name, key.value, at);
      else if (name === 'allowed_values' && !isSeq(key.value)) yield { message: `allowed_values of parameter '${p.name}' must be a list; Heat rejects the template.`, at: at(key.value ?? key.key) };
      else if (name === 'allowed_pattern' && !isText(key.value)) yield { message: `allowed_pattern of parameter '${p.name}' must be a string (a regular expression); Heat rejects the template.`, at: at(key.value ?? key.key) };
    }
    if (!entry.items.some((k) => CONSTRAINT_KINDS.includes(keyText(k) ?? ''))) yield { message: `This constraint of parameter '${p.name}' expresses no constraint (only a description); Heat rejects the template.`, at: at(entry) };
  }
}

function* boundProblems(kind: string, value: unknown, at: (node: unknown) => Finding['at']): Generator<Finding> {
  const map = asMap(value);
  if (!map || !isMap(value)) {
    yield { message: `The ${kind} constraint must be a map of ${BOUNDS[kind].join(' and ')}; Heat rejects the template.`, at: at(value) };
    return;
  }
  for (const key of map.items) {
    const name = keyText(key) ?? '';
    if (!BOUNDS[kind].includes(name)) yield { message: `'${name}' is not a key of the ${kind} constraint (expected ${BOUNDS[kind].join(' or ')}); Heat rejects the template.`, at: at(key.key) };
    else if (!isScalar(key.value) || typeof key.value.value !== 'number') yield { message: `${kind}.${name} must be a number; Heat rejects the template.`, at: at(key.value ?? key.key) };
  }
}

function* declarationProblems(p: ParameterDeclaration, version: HotVersionInfo, doc: Parameters<HeatRule['check']>[0]['doc']): Generator<Finding> {
  if (!p.body) {
    yield { message: `Parameter '${p.name}' must be a map with at least a type; Heat rejects the template.`, at: nodeSpan(p.pair.value) ?? { path: p.path, part: 'key' } };
    return;
  }
  for (const pair of p.body.items) {
    const name = keyText(pair);
    const span = nodeSpan(pair.key);
    if (name !== undefined && span && !version.parameterKeys.includes(name)) yield unknownKeywordFinding(doc, version, name, span, (v) => v.parameterKeys, 'parameter keyword');
  }
  const typePair = mapPair(p.body, 'type');
  if (!typePair) yield { message: `Parameter '${p.name}' has no type (one of: ${version.parameterTypes.join(', ')}); Heat rejects the template.`, at: { path: p.path, part: 'key' } };
  else if (p.type === undefined || !version.parameterTypes.includes(p.type)) {
    yield { message: `'${p.type ?? ''}' is not a HOT parameter type (one of: ${version.parameterTypes.join(', ')}); Heat rejects the template.`, at: nodeSpan(typePair.value) ?? nodeSpan(typePair.key)! };
  }
  for (const key of ['hidden', 'immutable']) {
    const pair = mapPair(p.body, key);
    if (pair && pair.value != null && !isBoolean(pair.value)) yield { message: `'${key}' of parameter '${p.name}' must be true or false; Heat rejects the template.`, at: nodeSpan(pair.value)! };
  }
  for (const key of ['label', 'description']) {
    const pair = mapPair(p.body, key);
    if (pair && pair.value != null && !isScalar(pair.value)) yield { message: `'${key}' of parameter '${p.name}' must be text; Heat rejects the template.`, at: nodeSpan(pair.value)! };
  }
  const tags = mapPair(p.body, 'tags');
  if (tags && version.parameterKeys.includes('tags') && !isSeq(tags.value)) yield { message: `'tags' of parameter '${p.name}' must be a list; Heat rejects the template.`, at: nodeSpan(tags.value) ?? nodeSpan(tags.key)! };
  yield* constraintProblems(p, version);
}

export const invalidParameterDefinition: HeatRule = {
  meta: {
    id: 'invalid-parameter-definition',
    severity: 'error',
    summary: 'A parameter declaration Heat refuses: unknown keys, a missing or unknown type, malformed constraints, or parameter_groups naming undeclared parameters.',
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    const version = versionOf(doc);
    if (!version) return;
    const declared = parameterDeclarations(doc);
    for (const p of declared) yield* declarationProblems(p, version, doc);
    const names = new Set([...declared.map((p) => p.name), ...PSEUDO_PARAMETERS.filter((n) => n !== 'OS::stack_name')]);
    const groups = asSeq(mapPair(doc.root, 'parameter_groups')?.value);
    const grouped = new Set<string>();
    for (const group of groups?.items ?? []) {
      for (const item of asSeq(mapPair(asMap(group), 'parameters')?.value)?.items ?? []) {
        const name = scalarText(item);
        if (name === undefined) continue;
        const span = nodeSpan(item)!;
        if (!names.has(name)) yield { message: `parameter_groups lists '${name}', which is not a declared parameter; Heat rejects the template.`, at: span };
        else if (grouped.has(name)) yield { message: `Parameter '${name}' is in more than one parameter group; Heat rejects the template.`, at: span };
        grouped.add(name);
      }
    }
  },
};
