/** Raising heat_template_version to reach a feature, without losing a function the template already uses. */
import { isMap } from 'yaml';
import { allFunctionNames, datedVersions, type HotVersionInfo } from '../../knowledge/hot-versions';
import type { FixSpec } from '../../core/rule';
import { versionOf } from './functions';
import type { HeatDocument } from './template';
import { keyText, mapPair, nodeSpan, walk } from './yaml-nodes';

const FUNCTION_SECTIONS = ['resources', 'outputs', 'conditions'];

/** Names of the functions the template calls that its declared version knows. */
function functionsInUse(doc: HeatDocument, version: HotVersionInfo): Set<string> {
  const used = new Set<string>();
  const known = allFunctionNames();
  for (const name of FUNCTION_SECTIONS) {
    walk(mapPair(doc.root, name)?.value, (node) => {
      if (!isMap(node) || node.items.length !== 1) return;
      const fn = keyText(node.items[0]);
      if (fn !== undefined && known.has(fn) && version.functions.includes(fn)) used.add(fn);
    });
  }
  return used;
}

/**
 * The oldest dated version from `minimum` on that still has every function the template uses,
 * as a fix that rewrites heat_template_version; undefined when there is none or no version to edit.
 */
export function upgradeVersionFix(doc: HeatDocument, minimum: string, why: string): FixSpec | undefined {
  const current = versionOf(doc);
  const valueSpan = nodeSpan(mapPair(doc.root, 'heat_template_version')?.value);
  if (!current || !valueSpan) return undefined;
  const used = functionsInUse(doc, current);
  const candidates = datedVersions();
  const from = candidates.findIndex((v) => v.value === minimum);
  const target = from < 0 ? undefined : candidates.slice(from).find((v) => [...used].every((fn) => v.functions.includes(fn)));
  if (!target) return undefined;
  return { title: `Use heat_template_version ${target.value} (${why})`, edits: [{ start: valueSpan.start, end: valueSpan.end, newText: target.value }] };
}
