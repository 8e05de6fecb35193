import { cfnReplacementFix } from '../cfn-replacements';
import { versionOf } from '../functions';
import { functionUses, type FunctionUse } from '../function-uses';
import { propertySlot, refusesMap } from '../property-slots';
import { upgradeVersionFix } from '../version-upgrade';
import { nodeSpan } from '../yaml-nodes';
import { oldestVersionWhere, type HotVersionInfo } from '../../../knowledge/hot-versions';
import type { Finding } from '../../../core/rule';
import type { HeatRule } from '../context';
import type { HeatDocument } from '../template';

function valueUse({ call }: FunctionUse, doc: HeatDocument, version: HotVersionInfo, release: string): Omit<Finding, 'at'> | undefined {
  const { name } = call;
  if (version.functions.includes(name)) return undefined;
  if (version.removedFunctions.includes(name)) {
    const fix = cfnReplacementFix(doc, call, version);
    return {
      message: `HOT ${version.value} no longer supports the CloudFormation function ${name}${fix ? ` (quick fix: ${fix.title})` : ''}. Heat rejects the template.`,
      fixes: fix ? [fix] : [],
    };
  }
  const since = oldestVersionWhere((v) => v.functions.includes(name));
  const fix = since && upgradeVersionFix(doc, since.value, `it has ${name}`);
  const data = since
    ? `${name} is a function only from HOT ${since.value} on: with ${version.value} Heat takes this map as plain data`
    : `${name} is a condition function: outside conditions (and the first argument of if) Heat takes this map as plain data`;
  // plain data where a typed property cannot take a map: Heat rejects the template
  const slot = propertySlot(doc, release, call.map);
  const refusal = slot && refusesMap(slot.value.info, name);
  return {
    message: slot && refusal ? `${data}, and ${slot.definition.typeName} property '${slot.name}' ${refusal}. Heat rejects the template.` : `${data}${since ? ', not a call' : ''}.`,
    ...(refusal ? {} : { severity: 'warning' as const }),
    fixes: fix ? [fix] : [],
  };
}

function conditionUse({ call }: FunctionUse, version: HotVersionInfo): Omit<Finding, 'at'> | undefined {
  const { name } = call;
  if (version.conditionFunctions.includes(name)) return undefined;
  if (version.removedFunctions.includes(name)) return { message: `${name} is not supported in HOT ${version.value}. Heat rejects the template.` };
  if (version.functions.includes(name)) {
    return { message: `${name} cannot be used in a condition (condition functions of HOT ${version.value}: ${version.conditionFunctions.join(', ')}). Heat rejects the template.` };
  }
  const since = oldestVersionWhere((v) => v.conditionFunctions.includes(name));
  return since
    ? { message: `${name} is a condition function only from HOT ${since.value} on; with ${version.value} Heat rejects this condition.` }
    : undefined;
}

export const functionUnavailable: HeatRule = {
  meta: {
    id: 'function-unavailable',
    severity: 'error',
    summary: 'A function the declared HOT version does not offer (or not in that place).',
    appliesTo: 'heat-template',
  },
  *check({ doc, release }) {
    const version = versionOf(doc);
    if (!version) return;
    for (const use of functionUses(doc)) {
      if (use.context === 'condition' && !version.conditionsSupported) continue;
      const finding = use.context === 'value' ? valueUse(use, doc, version, release) : conditionUse(use, version);
      const span = nodeSpan(use.call.pair.key);
      if (finding && span) yield { ...finding, at: span };
    }
  },
};
