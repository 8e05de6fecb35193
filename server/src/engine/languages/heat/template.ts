import { isMap, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';
import { LineIndex, type Span } from '../../core/text';
import { derived } from './derived';
import { TOO_DEEP, tooDeepAt } from '../yaml/nesting';
import { asMap, keyText, mapEntries, mapPair, mapValue, nodeSpan, pairSpan, scalarText } from './yaml-nodes';

export interface HeatParseError {
  message: string;
  span: Span;
}

/** A parsed Heat template or environment: the YAML tree plus quick access to its sections. */
export interface HeatDocument {
  text: string;
  index: LineIndex;
  yaml: Document.Parsed;
  root: YAMLMap<unknown, unknown> | undefined;
  errors: HeatParseError[];
  /** Set when the text is above MAX_PARSED_LENGTH: it was not parsed, `yaml` is empty and only cheap checks run. */
  oversized?: true;
}

/**
 * Above this many characters (UTF-16 code units) a YAML document is not parsed: the `yaml` package
 * needs about a second per megabyte, which would stall the editor on every change. Heat itself
 * refuses templates above 512 KiB unless its max_template_size is raised.
 */
export const MAX_PARSED_LENGTH = 2 * 1024 * 1024;


/** The parser reports nesting deeper than its stack as a stack overflow; say what it means. */
function parseErrorMessage(message: string): string {
  const first = message.split('\n')[0];
  return first.startsWith('Maximum call stack size exceeded') ? TOO_DEEP : first;
}

export const HEAT_ENVIRONMENT_SECTIONS = ['parameters', 'parameter_defaults', 'resource_registry', 'encrypted_param_names', 'event_sinks', 'parameter_merge_strategies'];

export function parseHeat(text: string): HeatDocument {
  const index = new LineIndex(text);
  if (text.length > MAX_PARSED_LENGTH) return { text, index, yaml: parseDocument(''), root: undefined, errors: [], oversized: true };
  const deep = tooDeepAt(text);
  if (deep !== undefined) return { text, index, yaml: parseDocument(''), root: undefined, errors: [{ message: TOO_DEEP, span: { start: deep, end: deep + 1 } }] };
  // Heat's loader keeps the last of repeated keys, so duplicates are not a parse error here.
  const yaml = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false });
  const errors = yaml.errors.map((e) => ({
    message: parseErrorMessage(e.message),
    span: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) },
  })).filter((e, i, all) => e.message !== TOO_DEEP || all.findIndex((o) => o.message === TOO_DEEP) === i); // where the stack ran out varies: say it once
  return { text, index, yaml, root: asMap(yaml.contents), errors };
}

export function templateVersion(doc: HeatDocument): string | undefined {
  return scalarText(mapValue(doc.root, 'heat_template_version'));
}

export function isHeatTemplate(doc: HeatDocument): boolean {
  return mapPair(doc.root, 'heat_template_version') !== undefined;
}

export function isHeatEnvironment(doc: HeatDocument): boolean {
  if (!doc.root || doc.root.items.length === 0) return false;
  const keys = doc.root.items.map(keyText);
  return keys.every((k) => k !== undefined && HEAT_ENVIRONMENT_SECTIONS.includes(k))
    && keys.some((k) => k === 'resource_registry' || k === 'parameter_defaults');
}

export function section(doc: HeatDocument, name: string): YAMLMap<unknown, unknown> | undefined {
  return asMap(mapValue(doc.root, name));
}

/** Declared parameters, by name (the last declaration wins); one map per document version. */
export function parameters(doc: HeatDocument): ReadonlyMap<string, Pair<unknown, unknown>> {
  return derived(doc, 'parameters', () => new Map(mapEntries(section(doc, 'parameters'))));
}

export interface ResourceView {
  name: string;
  pair: Pair<unknown, unknown>;
  type: string | undefined;
  body: YAMLMap<unknown, unknown> | undefined;
  properties: YAMLMap<unknown, unknown> | undefined;
}

/** The resources section's entries (one list per document version). */
export function resources(doc: HeatDocument): ReadonlyArray<ResourceView> {
  return derived(doc, 'resources', () => mapEntries(section(doc, 'resources')).map(([name, pair]) => {
    const body = asMap(pair.value);
    return { name, pair, body, type: scalarText(mapValue(body, 'type')), properties: asMap(mapValue(body, 'properties')) };
  }));
}

export type HeatPath = ReadonlyArray<string | number>;
export type PathPart = 'key' | 'value' | 'entry';

/** Maps a path of keys and sequence indexes to the span of the key, the value or both. */
export function locate(doc: HeatDocument, path: HeatPath, part: PathPart = 'value'): Span | undefined {
  let node: unknown = doc.yaml.contents;
  let lastPair: Pair<unknown, unknown> | undefined;
  for (const step of path) {
    if (typeof step === 'number') {
      const items = (node as { items?: unknown[] } | undefined)?.items;
      if (!items || isMap(node)) return undefined;
      node = items[step];
      lastPair = undefined;
    } else {
      lastPair = mapPair(asMap(node), step);
      if (!lastPair) return undefined;
      node = lastPair.value;
    }
  }
  if (part === 'key' && lastPair) return nodeSpan(lastPair.key);
  if (part === 'entry' && lastPair) return pairSpan(lastPair);
  return nodeSpan(node) ?? (lastPair ? nodeSpan(lastPair.key) : undefined);
}
