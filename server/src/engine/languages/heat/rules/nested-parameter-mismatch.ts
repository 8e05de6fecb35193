import type { LintHost } from '../../../core/host';
import { appendMapEntry, removeMapEntry } from '../map-entry-edits';
import { environmentSupply } from '../environments';
import { describeTarget, nestedUses, type NestedUse } from '../nested';
import { loadSummary, type ParameterSummary } from '../file-summary';
import { parameters, type HeatPath } from '../template';
import { mapEntries } from '../yaml-nodes';
import type { FixSpec, Finding } from '../../../core/rule';
import type { HeatRule } from '../context';

/** A value for a missing property: the parent's parameter of the same name, else an empty value of the nested type. */
function valueFor(parentParameters: Map<string, unknown>, name: string, declaration: ParameterSummary): { text: string; preferred: boolean } {
  if (parentParameters.has(name)) return { text: `{get_param: ${name}}`, preferred: true };
  const type = declaration.type;
  const empty: Record<string, string> = { number: '0', boolean: 'false', json: '{}', comma_delimited_list: '""' };
  return { text: empty[type ?? ''] ?? '""', preferred: false };
}

interface Mismatch {
  kind: 'undeclared' | 'missing';
  name: string;
  targets: string[];
  declaration?: ParameterSummary;
}

/** Mismatches of one use against each of its target files; the same name from several targets is reported once. */
function mismatches(use: NestedUse, host: LintHost): { found: Mismatch[]; unreadable: string[] } {
  const byKey = new Map<string, Mismatch>();
  const unreadable: string[] = [];
  const passed = new Map(mapEntries(use.properties));
  for (const target of use.targets) {
    const nested = loadSummary(host, target.path);
    if (!nested?.isTemplate) {
      if (use.direct) unreadable.push(target.path);
      continue;
    }
    const declared = nested.parameters;
    const add = (kind: Mismatch['kind'], name: string, declaration?: ParameterSummary) => {
      const entry = byKey.get(`${kind}:${name}`) ?? { kind, name, targets: [], declaration };
      entry.targets.push(describeTarget(use, target));
      byKey.set(`${kind}:${name}`, entry);
    };
    for (const name of passed.keys()) if (!declared.has(name)) add('undeclared', name);
    for (const [name, declaration] of declared) if (!passed.has(name) && !declaration.hasDefault) add('missing', name, declaration);
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
          message: host.isOutside?.(file)
            ? `Nested template '${use.type}' is outside the workspace (resolved to ${file}), so it is not read and '${use.resource}' is not checked against it.`
            : `Nested template '${use.type}' cannot be read (resolved to ${file}); Heat cannot create '${use.resource}'.`,
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
