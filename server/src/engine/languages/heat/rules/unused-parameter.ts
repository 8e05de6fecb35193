import { isScalar } from 'yaml';
import { deletePairLines } from '../edits';
import { findCalls, getParamTarget } from '../functions';
import { parameters } from '../template';
import { nodeSpan } from '../yaml-nodes';
import { passedParameters } from '../../../knowledge/magnum-parameters';
import type { HeatContext, HeatRule } from '../context';

/** Names read with get_param (or Ref), or undefined when some call computes the name (anything may be read then). */
function readNames(doc: HeatContext['doc']): Set<string> | undefined {
  const names = new Set<string>();
  for (const fn of ['get_param', 'Ref']) {
    for (const site of findCalls(doc, fn)) {
      const target = fn === 'Ref' ? (isScalar(site.call.arg) ? { name: String(site.call.arg.value) } : undefined) : getParamTarget(site.call);
      if (!target) return undefined;
      names.add(target.name);
    }
  }
  return names;
}

/** Parameters Magnum passes to this file when it is the driver's top-level template: they must stay declared. */
function passedByMagnum({ driver, release, fileName }: HeatContext): Set<string> {
  const facts = driver ? passedParameters(driver, release) : undefined;
  return facts && facts.topLevel === fileName ? new Set(facts.parameters.keys()) : new Set();
}

export const unusedParameter: HeatRule = {
  meta: {
    id: 'unused-parameter',
    severity: 'hint',
    summary: 'A declared parameter that nothing in the template reads.',
    appliesTo: 'heat-template',
  },
  *check(ctx) {
    const read = readNames(ctx.doc);
    if (!read) return;
    const passed = passedByMagnum(ctx);
    for (const [name, pair] of parameters(ctx.doc)) {
      const span = nodeSpan(pair.key);
      if (read.has(name) || passed.has(name) || !span) continue;
      const valueEnd = nodeSpan(pair.value)?.end ?? span.end;
      yield {
        message: `Parameter '${name}' is declared but never read (no get_param uses it). Keep it only if a parent template or an environment passes it.`,
        at: span,
        tags: ['unnecessary'],
        fixes: [{ title: `Remove parameter '${name}'`, edits: [deletePairLines(ctx.doc, span.start, valueEnd)] }],
      };
    }
  },
};
