/** File references of a Heat template or environment: nested template types, get_file, resource_registry targets. */
import { isScalar } from 'yaml';
import { isTemplateReference, resolveRelative } from '../../core/host';
import type { DocumentLinkTarget } from '../../core/editor-types';
import type { Span } from '../../core/text';
import { findCalls } from './functions';
import { resourceDefinitions } from './nested';
import { registryEntries } from './registry';
import { locate, type HeatDocument } from './template';
import { mapPair, nodeSpan, scalarText } from './yaml-nodes';

/** Relative references only: remote templates are never fetched, so they get no link. */
const isLocal = (ref: string) => !/^[a-z][a-z0-9+.-]*:/i.test(ref) || /^file:/i.test(ref);

const resolved = (path: string, ref: string) => (/^file:/i.test(ref) ? ref : resolveRelative(path, ref));

function link(path: string, span: Span | undefined, ref: string | undefined): DocumentLinkTarget[] {
  return ref === undefined || ref === '' || !span || !isLocal(ref) ? [] : [{ span, target: resolved(path, ref) }];
}

export function heatTemplateLinks(doc: HeatDocument, path: string): DocumentLinkTarget[] {
  const out: DocumentLinkTarget[] = [];
  for (const { holder } of resourceDefinitions(doc)) {
    const type = mapPair(holder, 'type')?.value;
    const ref = scalarText(type);
    if (ref !== undefined && isTemplateReference(ref)) out.push(...link(path, nodeSpan(type), ref));
  }
  for (const { call } of findCalls(doc, 'get_file')) {
    if (isScalar(call.arg)) out.push(...link(path, nodeSpan(call.arg), scalarText(call.arg)));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

export function heatEnvironmentLinks(doc: HeatDocument, path: string): DocumentLinkTarget[] {
  return registryEntries(doc).flatMap((entry) => (isTemplateReference(entry.target) ? link(path, locate(doc, entry.keyPath, 'value'), entry.target) : []));
}
