/** SpecEdits written as YAML in the task's own style: entries appended to its parameter or labels map. */
import type { Pair, YAMLMap } from 'yaml';
import type { LabelEntry, SpecEdits, SpecKind, SpecValue } from '../../cluster-template/model';
import type { OffsetEdit } from '../../core/rule';
import type { Span } from '../../core/text';
import { appendMapEntry } from '../heat/map-entry-edits';
import { FIELD_OF_PARAM } from './params';
import type { HeatDocument } from '../heat/template';
import { nodeSpan } from '../heat/yaml-nodes';
import { quoteStyle, scalarInnerSpan, textInside, yamlScalar, type QuoteStyle } from '../yaml/scalars';

export interface TaskShape {
  params: YAMLMap<unknown, unknown>;
  labelsPair: Pair<unknown, unknown> | undefined;
  /** The labels when they are a mapping (else they are a `a=b,c=d` string or computed). */
  labelsMap: YAMLMap<unknown, unknown> | undefined;
  kind: SpecKind;
}

/** The module parameter that sets a field: the cluster module calls its key pair `keypair`. */
export const paramOf = (kind: SpecKind, field: string) => (field === 'keypair_id' && kind !== 'cluster-template' ? 'keypair' : field);

const one = (edit: OffsetEdit | undefined) => (edit ? [edit] : undefined);

/** The style of the scalar a span of the model points into, from the quote just before it. */
function styleAt(doc: HeatDocument, span: Span): QuoteStyle {
  const before = doc.text[span.start - 1];
  if (before === '"' && doc.text[span.end] === '"') return 'double';
  if (before === "'" && doc.text[span.end] === "'") return 'single';
  return 'plain';
}

function replaceIn(doc: HeatDocument, span: Span, value: string | number | boolean): OffsetEdit[] | undefined {
  const text = textInside(styleAt(doc, span), value);
  return text === undefined ? undefined : [{ start: span.start, end: span.end, newText: text }];
}

/** Appends `,name=value` to a `labels: "a=b"` string (a plain one is quoted when it then needs quotes). */
function addToLabelString(doc: HeatDocument, node: unknown, name: string, value: string): OffsetEdit[] | undefined {
  const span = scalarInnerSpan(node);
  const style = quoteStyle(node);
  if (!span || !style || style === 'block') return undefined;
  const current = doc.text.slice(span.start, span.end);
  const joined = current ? `${current},${name}=${value}` : `${name}=${value}`;
  if (style === 'plain') return [{ start: span.start, end: span.end, newText: yamlScalar(joined) }];
  return [{ start: span.end, end: span.end, newText: textInside(style, joined.slice(current.length))! }];
}

/** A label inside an `a=b,c=d` string takes only text that keeps the list's shape. */
const LIST_SAFE = /^[^,="'\\\s]*$/;

export function yamlSpecEdits(doc: HeatDocument, shape: TaskShape): SpecEdits {
  const { params, labelsPair, labelsMap } = shape;
  const labelString = labelsPair && !labelsMap ? nodeSpan(labelsPair.value) : undefined;
  const write = (span: Span, value: string | number | boolean): OffsetEdit[] | undefined => {
    if (labelString && span.start >= labelString.start && span.end <= labelString.end) {
      return LIST_SAFE.test(String(value)) ? [{ start: span.start, end: span.end, newText: String(value) }] : undefined;
    }
    return replaceIn(doc, span, value);
  };
  return {
    // A field the module has no parameter for (merge_labels, for one) cannot be written: no fix.
    addField: (field, value) => (Object.hasOwn(FIELD_OF_PARAM, paramOf(shape.kind, field))
      ? one(appendMapEntry(doc, params, `${paramOf(shape.kind, field)}: ${yamlScalar(value)}`))
      : undefined),
    replaceValue: (target: SpecValue, value) => write(target.span, value),
    addLabel(name, value) {
      const entry = `${yamlScalar(name)}: ${yamlScalar(value)}`;
      if (!labelsPair) return one(appendMapEntry(doc, params, 'labels:', [entry]));
      if (labelsMap) {
        if (labelsMap.items.length) return one(appendMapEntry(doc, labelsMap, entry));
        const span = labelsMap.flow ? nodeSpan(labelsMap) : undefined;
        return span && [{ start: span.start, end: span.end, newText: `{${entry}}` }];
      }
      return addToLabelString(doc, labelsPair.value, name, value);
    },
    renameLabel: (label: LabelEntry, name) => write(label.nameSpan, name),
  };
}
