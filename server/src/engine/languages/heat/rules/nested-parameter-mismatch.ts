import { isScalar, type Pair } from 'yaml';
import { appendMapEntry, removeMapEntry } from '../map-entry-edits';
import { environmentSupply } from '../environments';
import { describeTarget, nestedUses, type NestedUse } from '../nested';
import { isHeatTemplate, parameters, type HeatPath } from '../template';
import { loadHeatFile } from '../template-files';
import { asMap, mapEntries, mapPair, mapValue, scalarText } from '../yaml-nodes';
import type { FixSpec, Finding } from '../../../core/rule';
import type { HeatRule } from '../context';

/** Heat counts a parameter as defaulted only when its default is not null. */
function hasDefault(declaration: Pair<unknown, unknown>): boolean {
  const pair = mapPair(asMap(declaration.value), 'default');
  return pair !== undefined && pair.value != null && !(isScalar(pair.value) && pair.value.value === null);
}

/** A value for a missing property: the parent's parameter of the same name, else an empty value of the nested type. */
function valueFor(parentParameters: Map<string, unknown>, name: string, declaration: Pair<unknown, unknown>): { text: string; preferred: boolean } {
  if (parentParameters.has(name)) return { text: `{get_param: ${name}}`, preferred: true };
  const type = scalarText(mapValue(asMap(declaration.value), 'type'));
  const empty: Record<string, string> = { number: '0', boolean: 'false', json: '{}', comma_delimited_list: '""' };
  return { text: empty[type ?? ''] ?? '""', preferred: false };
}

interface Mismatch {
  kind: 'undeclared' | 'missing';
  name: string;
  targets: string[];
  declaration?: Pair<unknown, unknown>;
}

/** Mismatches of one use against each of its target files; the same name from several targets is reported once. */
function mismatches(use: NestedUse, host: Parameters<typeof loadHeatFile>[0]): { found: Mismatch[]; unreadable: string[] } {
  const byKey = new Map<string, Mismatch>();
  const unreadable: string[] = [];
  const passed = new Map(mapEntries(use.properties));
  for (const target of use.targets) {
    const nested = loadHeatFile(host, target.path);
    if (!nested || !isHeatTemplate(nested.doc)) {
      if (use.direct) unreadable.push(target.path);
      continue;
    }
    const declared = parameters(nested.doc);
    const add = (kind: Mismatch['kind'], name: string, declaration?: Pair<unknown, unknown>) => {
      const entry = byKey.get(`${kind}:${name}`) ?? { kind, name, targets: [], declaration };
      entry.targets.push(describeTarget(use, target));
      byKey.set(`${kind}:${name}`, entry);
    };
    for (const name of passed.keys()) if (!declared.has(name)) add('undeclared', name);
    for (const [name, declaration] of declared) if (!passed.has(name) && !hasDefault(declaration)) add('missing', name, declaration);
  }
  return { found: [...byKey.values()], unreadable };
}

export const nestedParameterMismatch: HeatRule = {
  meta: {
    id: 'nested-parameter-mismatch',
    severity: 'error',
    summary: 'A nested template resource passes a property the nested template does not declare, or omits one it requires.',
    appliesTo: 'heat-template',
  },
  *check({ doc, path, host, fileName, environments }) {
    if (!host) return;
    const parentParameters = parameters(doc) as Map<string, unknown>;
    const supply = environmentSupply(host, path, environments);
    for (const use of nestedUses(doc, path, host, environments)) {
      const { found, unreadable } = mismatches(use, host);
      const typePath: HeatPath = [...use.holderPath, 'type'];
      for (const file of unreadable) {
        yield {
          message: `Nested template '${use.type}' cannot be read (resolved to ${file}); Heat cannot create '${use.resource}'.`,
          at: { path: typePath, part: 'value' },
          severity: 'warning',
        } satisfies Finding;
      }
      for (const m of found) {
        const where = m.targets.join(', ');
        if (m.kind === 'undeclared') {
          const edit = use.properties && removeMapEntry(doc, use.properties, m.name);
          yield {
            message: `'${use.resource}' passes property '${m.name}', which ${where} does not declare as a parameter; Heat rejects the nested stack.`,
            at: { path: [...use.holderPath, 'properties', m.name], part: 'key' },
            fixes: edit ? [{ title: `Remove property '${m.name}'`, edits: [edit] }] : [],
          };
          continue;
        }
        if (supply.parameterDefaults.has(m.name)) continue; // an environment's parameter_defaults reach nested stacks
        const value = valueFor(parentParameters, m.name, m.declaration!);
        const entry = `${m.name}: ${value.text}`;
        const edit = use.properties ? appendMapEntry(doc, use.properties, entry) : appendMapEntry(doc, use.holder, 'properties:', [entry]);
        const fixes: FixSpec[] = edit ? [{ title: `Pass '${m.name}' (${value.text})`, edits: [edit], preferred: value.preferred }] : [];
        yield {
          message: supply.any
            ? `${where} requires parameter '${m.name}' (it has no default), but '${use.resource}' in ${fileName} does not pass it; Heat rejects the nested stack.`
            : `${where} requires parameter '${m.name}' (it has no default), but '${use.resource}' in ${fileName} does not pass it: an environment's parameter_defaults must supply it, or Heat rejects the nested stack. Name the environments in .magnum-heat.yaml (environments:) to check this.`,
          at: use.properties ? { path: [...use.holderPath, 'properties'], part: 'key' } : { path: typePath, part: 'value' },
          fixes,
          ...(supply.any ? {} : { severity: 'warning' as const }),
        };
      }
    }
  },
};
