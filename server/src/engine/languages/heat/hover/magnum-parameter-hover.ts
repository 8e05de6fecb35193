/** Hover note on a parameter of a driver's top-level template: what Magnum feeds it from, and when. */
import type { HeatDocument } from '../template';
import { passedParameters } from '../../../knowledge/magnum-parameters';
import { MARKDOWN_QUOTE, passingSources, passingWhen } from '../../../knowledge/magnum-passing';
import { symbolAt } from '../navigation/symbol-at';
import type { HoverResult } from '../../../core/hover-types';

export interface MagnumScope {
  driver: string | undefined;
  release: string;
  fileName: string;
  path: string;
}

export function magnumParameterHover(doc: HeatDocument, offset: number, scope: MagnumScope): HoverResult | undefined {
  const facts = scope.driver ? passedParameters(scope.driver, scope.release) : undefined;
  if (!facts || facts.topLevel !== scope.fileName) return undefined;
  const hit = symbolAt(doc, scope.path, offset, undefined);
  if (hit?.symbol.kind !== 'parameter') return undefined;
  const passed = facts.parameters.get(hit.symbol.name);
  const who = `Magnum · ${scope.driver} · ${facts.release}`;
  if (!passed) return { markdown: `*${who}*: not passed by Magnum, so the template's default applies.`, span: hit.span };
  const sources = passingSources(passed, MARKDOWN_QUOTE);
  const from = sources.length ? `fed by ${sources.join(', or ')}` : 'computed by the driver itself';
  const when = !passed.always && !passed.when?.length && sources.length ? 'passed only when set' : `passed ${passingWhen(passed, MARKDOWN_QUOTE)}`;
  return { markdown: `*${who}*: ${from}; ${when}.`, span: hit.span };
}
