import { basenameOf, dirnameOf, isTemplateReference, resolveRelative } from '../../../core/host';
import { registryEntries } from '../../heat/registry';
import { locate } from '../../heat/template';
import { listFolder } from '../../heat/template-files';
import { didYouMean } from '../../../core/util/did-you-mean';
import type { FixSpec } from '../../../core/rule';
import type { HeatContext, HeatRule } from '../../heat/context';

/** Replaces the file name inside the written target by a similar file of the same folder, when there is one. */
function renameFix(ctx: HeatContext, keyPath: readonly string[], target: string, resolved: string): FixSpec[] {
  const name = basenameOf(resolved);
  const siblings = (listFolder(ctx.host, dirnameOf(resolved)) ?? []).filter((n) => /\.ya?ml$/.test(n));
  const better = didYouMean(name, siblings);
  const span = locate(ctx.doc, keyPath, 'value');
  if (!better || !span) return [];
  const at = ctx.doc.text.lastIndexOf(name, span.end);
  if (at < span.start) return [];
  return [{ title: `Map it to '${target.slice(0, target.length - name.length)}${better}'`, edits: [{ start: at, end: at + name.length, newText: better }], preferred: true }];
}

/** A Jinja source beside the missing file that renders it (`x.j2.yaml` -> `x.yaml`, `role.role.j2.yaml` -> `<role>-role.yaml`). */
function renderedFrom(ctx: HeatContext, file: string): string | undefined {
  const stem = basenameOf(file).replace(/\.ya?ml$/, '');
  const sources = (listFolder(ctx.host, dirnameOf(file)) ?? []).filter((n) => n.endsWith('.j2.yaml'));
  return sources.find((n) => n === `${stem}.j2.yaml` || stem.endsWith(`-${n.split('.')[0]}`) || stem.endsWith(`-${n.split('.')[1] ?? ''}`));
}

export const missingRegistryFile: HeatRule = {
  meta: {
    id: 'missing-registry-file',
    severity: 'error',
    summary: "An environment's resource_registry maps a type to a template file that does not exist.",
    appliesTo: 'heat-environment',
  },
  *check(ctx) {
    const { doc, path, host } = ctx;
    if (!host) return;
    for (const entry of registryEntries(doc)) {
      if (!isTemplateReference(entry.target) || /^[a-z][a-z0-9+.-]*:/i.test(entry.target)) continue;
      const file = resolveRelative(path, entry.target);
      if (host.readFile(file) !== undefined) continue;
      if (host.isOutside?.(file)) {
        yield {
          message: `'${entry.target}' is outside the workspace (resolved to ${file}), so it is not read and '${entry.type}' is not checked.`,
          at: { path: entry.keyPath, part: 'value' },
          severity: 'warning',
        };
        continue;
      }
      const source = renderedFrom(ctx, file);
      if (source) {
        yield {
          message: `'${entry.target}' is not in the tree: it is rendered at deploy time from ${source}, so it is not checked here.`,
          at: { path: entry.keyPath, part: 'value' },
          severity: 'information',
        };
        continue;
      }
      yield {
        message: `'${entry.type}' is mapped to '${entry.target}', which does not exist (resolved to ${file}); stacks using this environment fail to create '${entry.type}' resources.`,
        at: { path: entry.keyPath, part: 'value' },
        fixes: renameFix(ctx, entry.keyPath, entry.target, file),
      };
    }
  },
};
