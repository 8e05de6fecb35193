import { isScalar, isSeq } from 'yaml';
import { findCalls, versionOf } from '../functions';
import type { HotVersionInfo } from '../../../knowledge/hot-versions';
import { asSeq, nodeSpan } from '../yaml-nodes';
import type { Finding } from '../../../core/rule';
import type { HeatRule } from '../context';

const isName = (n: unknown) => isScalar(n) && typeof n.value === 'string';
const isFunctionMap = (n: unknown) => !isScalar(n) && !isSeq(n) && n != null;

/** Argument shapes Heat checks when it parses the template (before any value exists). */
const SHAPES: Record<string, (arg: unknown, version: HotVersionInfo | undefined) => string | undefined> = {
  get_attr: (arg, version) => {
    const items = asSeq(arg)?.items;
    if (!items) return 'takes a list: [resource_name, attribute, (path...)]';
    // from 2015-10-15 a lone resource name asks for all of its attributes
    const least = version?.implementations.get_attr === 'GetAttAllAttributes' ? 1 : 2;
    return items.length < least ? 'takes at least a resource name and an attribute: [resource_name, attribute, (path...)]' : undefined;
  },
  get_resource: (arg) => (isName(arg) ? undefined : 'takes a resource name (a string)'),
  get_param: (arg) => (isName(arg) || isSeq(arg) || isFunctionMap(arg) ? undefined : 'takes a parameter name, or a list [name, key...]'),
};

export const invalidFunctionArguments: HeatRule = {
  meta: {
    id: 'invalid-function-arguments',
    severity: 'error',
    summary: 'get_attr, get_resource or get_param is given arguments of a shape Heat refuses.',
    appliesTo: 'heat-template',
  },
  *check({ doc }) {
    const version = versionOf(doc);
    for (const [fn, shape] of Object.entries(SHAPES)) {
      for (const site of findCalls(doc, fn)) {
        if (site.section === 'conditions') continue; // condition functions are checked by Heat's condition parser
        const why = shape(site.call.arg, version);
        if (why) yield { message: `${fn} ${why}; Heat rejects the template.`, at: nodeSpan(site.call.arg) ?? nodeSpan(site.call.pair.key)! } satisfies Finding;
      }
    }
  },
};
