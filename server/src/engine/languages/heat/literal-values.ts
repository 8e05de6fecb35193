/**
 * Checks a literal property value the way Heat coerces and constrains it on stack create
 * (heat.engine.properties / constraints): type first, then allowed values, range, length, pattern.
 */
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import type { HeatPropertyInfo } from '../../knowledge/heat-schema';
import { didYouMean } from '../../core/util/did-you-mean';
import { isFunctionLike } from './property-tree';
import { yamlScalar } from './replace-fix';

export interface ValueProblem {
  message: string;
  /** YAML text that would satisfy the schema, when one is obvious. */
  replacement?: string;
}

const INTEGER_TEXT = /^\s*[+-]?\d+(_\d+)*\s*$/;
const NUMBER_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$|^\s*[+-]?(inf|infinity|nan)\s*$/i;
const TRUTHY = new Set(['yes', 'on', 'y', '1', 't']);
const FALSY = new Set(['no', 'off', 'n', '0', 'f']);

const show = (value: unknown) => JSON.stringify(value);

function kindOf(node: unknown): string {
  if (isMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  return 'a value';
}

/** PyYAML (YAML 1.1, which Heat uses) reads these plain words as booleans; the `yaml` package (1.2) does not. */
const YAML11_BOOLEAN = /^(yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** The scalar's value as Heat's YAML loader sees it. */
export function heatScalarValue(node: Scalar): unknown {
  if (node.type === 'PLAIN' && typeof node.value === 'string' && YAML11_BOOLEAN.test(node.value)) return /^(yes|on)$/i.test(node.value);
  return node.value;
}

/** `source` is the node's text, to tell a YAML float (1.0) from an integer. */
function typeProblem(node: unknown, info: HeatPropertyInfo, source: string): ValueProblem | undefined {
  const value = isScalar(node) ? heatScalarValue(node) : undefined;
  const scalar = isScalar(node);
  switch (info.type) {
    case 'String':
      if (!scalar) return { message: `must be a string, not ${kindOf(node)}` };
      if (typeof value === 'number' && /\./.test(source)) { // PyYAML reads only dotted numbers as floats
        return { message: `must be a string, not the number ${source.trim()}`, replacement: show(source.trim()) };
      }
      return undefined;
    case 'Integer':
      if (!scalar) return { message: `must be an integer, not ${kindOf(node)}` };
      if (typeof value === 'string' && !INTEGER_TEXT.test(value)) return { message: `must be an integer, not ${show(value)}` };
      return undefined;
    case 'Number':
      if (!scalar) return { message: `must be a number, not ${kindOf(node)}` };
      if (typeof value === 'string' && !NUMBER_TEXT.test(value)) return { message: `must be a number, not ${show(value)}` };
      return undefined;
    case 'Boolean': {
      if (!scalar) return { message: `must be true or false, not ${kindOf(node)}` };
      if (typeof value === 'boolean') return undefined;
      const text = String(value).toLowerCase();
      if (typeof value === 'string' && (text === 'true' || text === 'false')) return undefined;
      const replacement = TRUTHY.has(text) ? 'true' : FALSY.has(text) ? 'false' : undefined;
      return { message: `must be true or false, not ${show(value)}`, replacement };
    }
    case 'Map':
      return isMap(node) ? undefined : { message: `must be a map, not ${scalar ? show(value) : kindOf(node)}` };
    case 'List':
      return isSeq(node) ? undefined : { message: `must be a list, not ${scalar ? show(value) : kindOf(node)}` };
    default:
      return undefined;
  }
}

/** The value as Heat compares it with allowed values and ranges, after coercion to the property type. */
function coerced(value: unknown, type: string): unknown {
  if ((type === 'Integer' || type === 'Number') && typeof value === 'string') return Number(value.replace(/_/g, ''));
  if (type === 'Integer' && typeof value === 'number') return Math.trunc(value);
  if (type === 'String' && (typeof value === 'number' || typeof value === 'boolean')) return value === true ? 'True' : value === false ? 'False' : String(value);
  if (type === 'Boolean' && typeof value === 'string') return value.toLowerCase() === 'true';
  return value;
}

function allowedProblem(value: unknown, info: HeatPropertyInfo): ValueProblem | undefined {
  const allowed = info.allowed;
  if (!allowed) return undefined;
  if (allowed.some((a) => a === value)) return undefined;
  const range = info.allowedIntRange;
  if (range && typeof value === 'number' && Number.isInteger(value) && value >= range[0] && value <= range[1]) return undefined;
  const names = allowed.filter((a): a is string => typeof a === 'string');
  const text = String(value);
  const suggestion = names.find((a) => a.toLowerCase() === text.toLowerCase()) ?? didYouMean(text, names);
  const list = allowed.map(show).join(', ') + (range ? ` or an integer from ${range[0]} to ${range[1]}` : '');
  return { message: `must be one of ${list}, not ${show(value)}`, replacement: suggestion === undefined ? undefined : yamlScalar(suggestion) };
}

function rangeProblem(value: unknown, info: HeatPropertyInfo): ValueProblem | undefined {
  const { range } = info;
  if (!range || typeof value !== 'number' || Number.isNaN(value)) return undefined;
  if ((range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max)) return undefined;
  return { message: `must be ${bounds(range)}, not ${value}` };
}

function bounds(limits: { min?: number; max?: number }): string {
  if (limits.min !== undefined && limits.max !== undefined) return `from ${limits.min} to ${limits.max}`;
  return limits.min !== undefined ? `at least ${limits.min}` : `at most ${limits.max}`;
}

function lengthOf(node: unknown, value: unknown): number | undefined {
  if (isMap(node) || isSeq(node)) return node.items.length;
  return typeof value === 'string' ? value.length : undefined;
}

function lengthProblem(node: unknown, value: unknown, info: HeatPropertyInfo): ValueProblem | undefined {
  const { length } = info;
  const n = length && lengthOf(node, value);
  if (!length || n === undefined) return undefined;
  if ((length.min === undefined || n >= length.min) && (length.max === undefined || n <= length.max)) return undefined;
  return { message: `must have a length ${bounds(length)}, not ${n}` };
}

function patternProblem(value: unknown, info: HeatPropertyInfo): ValueProblem | undefined {
  // Heat's patterns describe names and dates; a long value could make a backtracking pattern crawl.
  if (info.pattern === undefined || typeof value !== 'string' || value.length > 255) return undefined;
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${info.pattern})`, 'u');
  } catch {
    return undefined; // a Python-only construct: leave it to Heat
  }
  const match = re.exec(value);
  return match && match[0].length === value.length ? undefined : { message: `must match the pattern ${show(info.pattern)}, which ${show(value)} does not` };
}

/** The first problem Heat would report for this literal value, or undefined (also for computed values and null). */
export function checkLiteral(node: unknown, info: HeatPropertyInfo, source: string): ValueProblem | undefined {
  if (node == null || isFunctionLike(node)) return undefined;
  if (isScalar(node) && node.value === null) return undefined;
  const typeIssue = typeProblem(node, info, source);
  if (typeIssue) return typeIssue;
  const value = isScalar(node) ? coerced(heatScalarValue(node), info.type) : undefined;
  if (isScalar(node)) {
    const issue = allowedProblem(value, info) ?? rangeProblem(value, info) ?? patternProblem(value, info);
    if (issue) return issue;
  }
  return lengthProblem(node, value, info);
}
