import type { FixSpec } from '../../core/rule';
import { readersFor } from '../readers';
import { labelValueProblem } from '../label-values';
import type { LabelInfo } from '../labels';
import type { ClusterTemplateSpec, LabelEntry } from '../model';
import { fix, type ClusterTemplateRule } from './shared';

/** Words people write for a boolean that the parsers do not know, and the one they meant. */
const MEANT: Record<string, string> = { enabled: 'true', enable: 'true', active: 'true', disabled: 'false', disable: 'false', inactive: 'false', yes: 'true', on: 'true', '1': 'true', no: 'false', off: 'false', '0': 'false' };

function fixFor(spec: ClusterTemplateSpec, label: LabelEntry, infos: LabelInfo[]): FixSpec[] {
  const boolish = infos.some((i) => i.kinds.some((k) => k.startsWith('bool') || k === 'true-literal' || k === 'heat-boolean'));
  const meant = boolish ? MEANT[label.value!.trim().toLowerCase()] : undefined;
  return meant ? fix(`Set ${label.name}=${meant}`, spec.edits.replaceValue(label, meant)) : [];
}

export const labelValue: ClusterTemplateRule = {
  meta: {
    id: 'label-value',
    severity: 'warning',
    summary: 'A label value the driver parses into something else than written (a lenient parser falls back to the default) or rejects (a strict parser fails the cluster).',
    appliesTo: 'cluster-template',
  },
  *check(ctx) {
    for (const spec of ctx.specs) {
      if (!spec.labels.length) continue;
      const { readers } = readersFor(spec, ctx);
      for (const label of spec.labels) {
        if (label.value === undefined) continue;
        const infos = readers.map((r) => r.get(label.name)).filter((i): i is LabelInfo => i !== undefined);
        const problems = infos.flatMap((info) => {
          const p = labelValueProblem(info, label.value!);
          return p ? [{ info, ...p }] : [];
        });
        if (!problems.length) continue;
        yield {
          message: `${label.name}=${label.value}: ${problems.map((p) => `${p.info.reader} ${p.says}`).join('; ')}.`,
          at: label.span,
          severity: problems.some((p) => p.fails) ? 'error' : 'warning',
          fixes: fixFor(spec, label, infos),
        };
      }
    }
  },
};
