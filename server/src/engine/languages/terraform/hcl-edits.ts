/** SpecEdits written as HCL: attribute lines in the block's indentation, literals quoted as HCL needs. */
import type { LabelEntry, SpecEdits, SpecValue } from '../../cluster-template/model';
import type { OffsetEdit } from '../../core/rule';
import type { LineIndex } from '../../core/text';
import { children, type HclNode } from './hcl';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const DEFAULT_STEP = 2;

const escapeString = (s: string): string => s.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n').replace(/([$%])\{/g, '$1$1{');

/** A value as an HCL literal: strings quoted, numbers and booleans bare. */
export function hclLiteral(value: string | number | boolean): string {
  return typeof value === 'string' ? `"${escapeString(value)}"` : String(value);
}

const hclKey = (name: string): string => (IDENTIFIER.test(name) ? name : hclLiteral(name));

/** What the edits need of one resource block. */
export interface BlockShape {
  block: HclNode;
  /** The `labels` attribute, when there is one. */
  labelsAttribute: HclNode | undefined;
  /** Its value when it is an object literal. */
  labelsObject: HclNode | undefined;
  /** The block's attribute name for a model field (`image_id` -> `image`). */
  attributeOf(field: string): string;
}

function lineIndent(index: LineIndex, offset: number): string {
  const { line } = index.positionAt(offset);
  return /^[ \t]*/.exec(index.text.slice(index.lineStart(line), index.lineContentEnd(line)))![0];
}

/** The closing brace when it starts its own line (the only place a line can be added before it). */
function ownLineClose(node: HclNode, index: LineIndex): HclNode | undefined {
  const close = children(node, '}').pop();
  if (!close) return undefined;
  const { line } = index.positionAt(close.from);
  return index.text.slice(index.lineStart(line), close.from).trim() === '' ? close : undefined;
}

function insertBefore(close: HclNode, index: LineIndex, lines: string[]): OffsetEdit {
  const at = index.lineStart(index.positionAt(close.from).line);
  return { start: at, end: at, newText: lines.map((l) => l + index.eol).join('') };
}

function replace(span: { start: number; end: number }, newText: string): OffsetEdit[] {
  return [{ start: span.start, end: span.end, newText }];
}

const quotedAt = (text: string, span: { start: number; end: number }) => text[span.start - 1] === '"' && text[span.end] === '"';

export function hclEdits(shape: BlockShape, index: LineIndex): SpecEdits {
  const { text } = index;
  const body = shape.block.getChild('Body');
  const attributes = body ? children(body, 'Attribute') : [];
  const blockIndent = lineIndent(index, shape.block.from);
  const indent = attributes.length ? lineIndent(index, attributes[0].from) : blockIndent + ' '.repeat(DEFAULT_STEP);
  const step = indent.length > blockIndent.length ? indent.slice(blockIndent.length) : ' '.repeat(DEFAULT_STEP);
  // `terraform fmt` aligns the `=` of consecutive attributes: line the new one up with the last.
  const last = attributes[attributes.length - 1];
  const alignTo = last ? (last.getChild('AssignOp')?.from ?? last.from) - last.from : 0;
  const attributeLine = (name: string, value: string) => `${indent}${name.padEnd(alignTo - 1)} = ${value}`;

  const addLines = (lines: string[]) => {
    const close = ownLineClose(shape.block, index);
    return close && [insertBefore(close, index, lines)];
  };

  return {
    addField: (field, value) => addLines([attributeLine(shape.attributeOf(field), hclLiteral(value))]),
    replaceValue(target: SpecValue, value) {
      if (quotedAt(text, target.span)) return replace(target.span, typeof value === 'string' ? escapeString(value) : String(value));
      return replace(target.span, hclLiteral(value));
    },
    addLabel(name, value) {
      const entry = `${hclKey(name)} = ${hclLiteral(value)}`;
      if (!shape.labelsAttribute) return addLines([attributeLine('labels', '{'), `${indent}${step}${entry}`, `${indent}}`]);
      const object = shape.labelsObject;
      if (!object) return undefined;
      const elems = children(object, 'ObjectElem');
      const close = ownLineClose(object, index);
      if (close) {
        const elemIndent = elems.length ? lineIndent(index, elems[0].from) : lineIndent(index, close.from) + step;
        return [insertBefore(close, index, [elemIndent + entry])];
      }
      const lastElem = elems[elems.length - 1];
      if (lastElem) return [{ start: lastElem.to, end: lastElem.to, newText: `, ${entry}` }];
      const open = object.getChild('{');
      const end = children(object, '}').pop();
      return open && end ? [{ start: open.to, end: end.from, newText: ` ${entry} ` }] : undefined;
    },
    renameLabel(label: LabelEntry, name) {
      if (quotedAt(text, label.nameSpan)) return replace(label.nameSpan, escapeString(name));
      return replace(label.nameSpan, hclKey(name));
    },
  };
}
