import { versionOf } from '../functions';
import { meant, renameFix } from '../replace-fix';
import { didYouMean } from '../../../core/util/did-you-mean';
import { section } from '../template';
import { asMap, keyText, mapEntries, mapPair, nodeSpan, scalarText } from '../yaml-nodes';
import type { HeatRule } from '../context';

export const invalidOutput: HeatRule = {
  meta: {
    id: 'invalid-output',
    severity: 'error',
    summary: 'An output Heat refuses: not a map, without value, with keys outputs do not take, or naming an undefined condition.',
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    const version = versionOf(doc);
    if (!version) return;
    const conditions = new Set(mapEntries(section(doc, 'conditions')).map(([name]) => name));
    for (const [name, pair] of mapEntries(section(doc, 'outputs'))) {
      const body = asMap(pair.value);
      if (!body) {
        yield { message: `Output '${name}' must be a map with a value; Heat rejects the template.`, at: nodeSpan(pair.value) ?? { path: ['outputs', name], part: 'key' } };
        continue;
      }
      if (!mapPair(body, 'value')) yield { message: `Output '${name}' has no value; Heat rejects the template.`, at: { path: ['outputs', name], part: 'key' } };
      for (const item of body.items) {
        const key = keyText(item);
        const span = nodeSpan(item.key);
        // Heat reads only description, value and condition of an output and ignores other keys
        if (key === undefined || !span || version.outputKeys.includes(key)) continue;
        const near = didYouMean(key, version.outputKeys);
        yield {
          message: `'${key}' is not an output keyword of heat_template_version ${version.value} (${version.outputKeys.join(', ')})${meant(near)}; Heat ignores it.`,
          at: span,
          severity: 'warning',
          fixes: near ? [renameFix(span, near)] : [],
        };
      }
      const condition = mapPair(body, 'condition');
      const conditionName = condition && typeof (condition.value as { value?: unknown })?.value === 'string' ? scalarText(condition.value) : undefined;
      if (conditionName !== undefined && version.outputKeys.includes('condition') && !conditions.has(conditionName)) {
        yield { message: `Output '${name}' uses condition '${conditionName}', which the conditions section does not define; Heat rejects the template.`, at: nodeSpan(condition!.value)! };
      }
    }
  },
};
