/** HOT equivalents of the CloudFormation functions HOT 2014-10-16 and later reject, as fixes. */
import { isMap, isScalar, isSeq } from 'yaml';
import { PSEUDO_PARAMETERS, type HotVersionInfo } from '../../knowledge/hot-versions';
import type { FixSpec } from '../../core/rule';
import { contentSpan } from './content-span';
import { parameters, resources, type HeatDocument } from './template';
import { asSeq, nodeSpan, type FunctionCall } from './yaml-nodes';

const RENAMES: Record<string, string> = { 'Fn::Join': 'list_join', 'Fn::Split': 'str_split' };
const FACADE_FIELDS: Record<string, string> = { Metadata: 'metadata', DeletionPolicy: 'deletion_policy', UpdatePolicy: 'update_policy' };

/** The node's text when it fits on one line (so it can move into a flow mapping), else undefined. */
function oneLine(doc: HeatDocument, node: unknown): string | undefined {
  if ((isMap(node) || isSeq(node)) && !node.flow) return undefined;
  const span = contentSpan(doc, node);
  const text = span && doc.text.slice(span.start, span.end);
  return text !== undefined && !/[\r\n]/.test(text) && text.length > 0 ? text : undefined;
}

function renameKey(call: FunctionCall, to: string): FixSpec | undefined {
  const key = nodeSpan(call.pair.key);
  return key && { title: `Use ${to}`, edits: [{ start: key.start, end: key.end, newText: to }], preferred: true };
}

function replaceCall(doc: HeatDocument, call: FunctionCall, title: string, newText: string): FixSpec | undefined {
  const span = contentSpan(doc, call.map);
  return span && { title, edits: [{ start: span.start, end: span.end, newText }], preferred: true };
}

function refFix(doc: HeatDocument, call: FunctionCall): FixSpec | undefined {
  const name = isScalar(call.arg) && typeof call.arg.value === 'string' ? call.arg.value : undefined;
  if (name === undefined) return undefined;
  if (parameters(doc).has(name) || PSEUDO_PARAMETERS.includes(name)) return renameKey(call, 'get_param');
  if (resources(doc).some((r) => r.name === name)) return renameKey(call, 'get_resource');
  return undefined;
}

/** A fix turning a removed CloudFormation function into what the version offers, when there is one. */
export function cfnReplacementFix(doc: HeatDocument, call: FunctionCall, version: HotVersionInfo): FixSpec | undefined {
  const renamed = RENAMES[call.name];
  if (renamed) return version.functions.includes(renamed) ? renameKey(call, renamed) : undefined;
  if (call.name === 'Ref') return refFix(doc, call);
  if (call.name === 'Fn::ResourceFacade') {
    const field = isScalar(call.arg) ? FACADE_FIELDS[String(call.arg.value)] : undefined;
    return field ? replaceCall(doc, call, 'Use resource_facade', `{resource_facade: ${field}}`) : undefined;
  }
  if (call.name === 'Fn::Base64') {
    const text = oneLine(doc, call.arg);
    return text ? replaceCall(doc, call, 'Drop Fn::Base64 (it returns its argument unchanged)', text) : undefined;
  }
  if (call.name === 'Fn::Replace') {
    const [params, template] = asSeq(call.arg)?.items ?? [];
    const paramsText = oneLine(doc, params);
    const templateText = oneLine(doc, template);
    if (!paramsText || !templateText) return undefined;
    return replaceCall(doc, call, 'Use str_replace', `{str_replace: {template: ${templateText}, params: ${paramsText}}}`);
  }
  return undefined;
}
