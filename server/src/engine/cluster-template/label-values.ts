/**
 * What a driver makes of a label's text, parser by parser: nothing to say, a silent change (the
 * value becomes something else), or a failure. Mirrors oslo.utils' bool_from_string (strict and
 * not), Python's int(), the Rust extension's `eq_ignore_ascii_case("true")` and Heat's parameter types.
 */
import type { LabelInfo, ParseKind } from './labels';

export interface ValueProblem {
  /** True when the cluster (or stack) fails; false when the value silently becomes `becomes`. */
  fails: boolean;
  /** What the driver does, as a clause after its name: "reads it as the default (false)". */
  says: string;
}

const TRUE = ['1', 't', 'true', 'on', 'y', 'yes'];
const FALSE = ['0', 'f', 'false', 'off', 'n', 'no'];
const INTEGER = /^\s*[+-]?\d+(_\d+)*\s*$/;
const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
/** magnum-capi-helm keeps these characters of a text label and drops the others. */
const HELM_KEPT = /[^A-Za-z0-9 ./_-]/g;
const CSV_KEPT = /[^A-Za-z0-9 ./:,-]/g;

const boolWord = (text: string) => {
  const t = text.trim().toLowerCase();
  return TRUE.includes(t) ? true : FALSE.includes(t) ? false : undefined;
};

const defaultClause = (info: LabelInfo) => (info.defaultText !== undefined ? `the default (${info.defaultText})` : 'the default');

function problemOf(kind: ParseKind, text: string, info: LabelInfo): ValueProblem | undefined {
  switch (kind) {
    case 'bool-lenient':
      return boolWord(text) === undefined ? { fails: false, says: `reads it as ${defaultClause(info)}: bool_from_string does not know '${text}' and falls back without a word` } : undefined;
    case 'bool-strict':
      return boolWord(text) === undefined ? { fails: true, says: `fails the cluster: a strict boolean must be one of ${[...TRUE, ...FALSE].join('/')}` } : undefined;
    case 'int-lenient':
      return INTEGER.test(text) ? undefined : { fails: false, says: `reads it as ${defaultClause(info)}: '${text}' is no integer and the driver falls back without a word` };
    case 'int-strict':
      return INTEGER.test(text) ? undefined : { fails: true, says: `fails the cluster ("${info.name} must be an integer")` };
    case 'true-literal':
      return boolWord(text) === true && text.trim().toLowerCase() !== 'true' ? { fails: false, says: `reads it as disabled: only the text 'true' enables it` } : undefined;
    case 'no-string':
      return { fails: true, says: 'fails the cluster: this driver version cannot take the label as text at all (set it only from v0.37.0)' };
    case 'heat-boolean':
      return boolWord(text) === undefined ? { fails: true, says: `fails the Heat stack: '${text}' is not a boolean` } : undefined;
    case 'heat-number':
      return NUMBER.test(text) ? undefined : { fails: true, says: `fails the Heat stack: '${text}' is not a number` };
    case 'helm-text':
    case 'csv': {
      const kept = text.replace(kind === 'csv' ? CSV_KEPT : HELM_KEPT, '');
      return kept === text ? undefined : { fails: false, says: `turns it into '${kept}': it drops the characters it does not allow without a word` };
    }
    default:
      return undefined;
  }
}

/** The first problem among the parsers a driver runs on the label (a failure wins over a silent change). */
export function labelValueProblem(info: LabelInfo, text: string): ValueProblem | undefined {
  const problems = info.kinds.map((k) => problemOf(k, text, info)).filter((p): p is ValueProblem => p !== undefined);
  return problems.find((p) => p.fails) ?? problems[0];
}

/** Values worth proposing for a label (completion). */
export function valuesFor(info: LabelInfo): string[] {
  if (info.kinds.some((k) => k === 'bool-lenient' || k === 'bool-strict' || k === 'true-literal' || k === 'heat-boolean')) return ['true', 'false'];
  return info.defaultValue !== undefined ? [String(info.defaultValue)] : [];
}
