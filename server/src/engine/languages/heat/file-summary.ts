/**
 * What checks of other templates need from a nested template or an environment, kept instead of its
 * parse tree (a tree is about fifteen times its text; a summary a few hundred bytes). Cached by
 * content: a changed file has a new text and gets a new summary; identical files share one.
 */
import type { LintHost } from '../../core/host';
import { isScalar } from 'yaml';
import { registryEntries, type RegistryEntry } from './registry-entries';
import { isHeatTemplate, parameters, parseHeat, section, type HeatDocument } from './template';
import { readHostFile } from './template-files';
import { parameterOf, volumes } from './volumes';
import { resolved } from './yaml-merge';
import { asMap, mapEntries, mapPair, mapValue, scalarText } from './yaml-nodes';

export interface ParameterSummary {
  /** Heat counts a parameter as defaulted only when its default is not null. */
  hasDefault: boolean;
  type: string | undefined;
}

export interface HeatFileSummary {
  isTemplate: boolean;
  /** Declared parameters (the last declaration of a name wins, in first-declared order). */
  parameters: Map<string, ParameterSummary>;
  /** Cinder volumes and the parameter their volume_type comes from (`{get_param: X}`), if any. */
  volumes: Array<{ resource: string; parameter: string | undefined }>;
  /** As an environment: parameter_defaults and parameters names, resource_registry entries. */
  parameterDefaults: string[];
  environmentParameters: string[];
  registry: RegistryEntry[];
}

function parameterSummary(declaration: unknown): ParameterSummary {
  const body = asMap(declaration);
  const pair = mapPair(body, 'default');
  const hasDefault = pair !== undefined && pair.value != null && !(isScalar(pair.value) && pair.value.value === null);
  return { hasDefault, type: scalarText(mapValue(body, 'type')) };
}

export function summarize(doc: HeatDocument): HeatFileSummary {
  return {
    isTemplate: isHeatTemplate(doc),
    parameters: new Map([...parameters(doc)].map(([name, pair]) => [name, parameterSummary(pair.value)])),
    volumes: volumes(doc).map((v) => ({ resource: v.resource, parameter: parameterOf(resolved(doc, v.volumeType.value)) })),
    parameterDefaults: mapEntries(section(doc, 'parameter_defaults')).map(([name]) => name),
    environmentParameters: mapEntries(section(doc, 'parameters')).map(([name]) => name),
    registry: registryEntries(doc),
  };
}

const MAX_SUMMARIES = 256;
const byText = new Map<string, HeatFileSummary>();

/**
 * The trees parsed for summaries, kept for when those very files are checked themselves (a CLI run
 * checks the nested templates too); none by default, so the language server holds no extra trees.
 */
const kept = new Map<string, HeatDocument>();
let keep = 0;

export function keepSummaryParses(count: number): void {
  keep = count;
  kept.clear();
}

/** While trees are kept (a CLI run): a file checked before the templates that nest it gives its summary from its own parse. */
export function noteParsed(doc: HeatDocument): void {
  if (keep > 0 && !byText.has(doc.text)) remember(doc.text, summarize(doc));
}

function remember(text: string, summary: HeatFileSummary): void {
  byText.set(text, summary);
  if (byText.size > MAX_SUMMARIES) byText.delete(byText.keys().next().value!);
}

/** A tree parsed for a summary of this very text, if one is kept (it is handed out once). */
export function takeKeptParse(text: string): HeatDocument | undefined {
  const doc = kept.get(text);
  if (doc) kept.delete(text);
  return doc;
}

function parseForSummary(text: string): HeatDocument {
  const doc = parseHeat(text);
  if (keep > 0) {
    kept.set(text, doc);
    if (kept.size > keep) kept.delete(kept.keys().next().value!);
  }
  return doc;
}

/** A file's summary, or undefined when the host cannot read it. */
export function loadSummary(host: LintHost | undefined, path: string): HeatFileSummary | undefined {
  const text = readHostFile(host, path);
  if (text === undefined) return undefined;
  let summary = byText.get(text);
  if (summary) byText.delete(text);
  else summary = summarize(parseForSummary(text));
  remember(text, summary);
  return summary;
}
