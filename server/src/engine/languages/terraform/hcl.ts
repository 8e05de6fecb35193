/**
 * HCL parsed with codemirror-lang-hcl's Lezer grammar: a full HCL 2 syntax tree with an offset on
 * every node, built synchronously and with error recovery (a half-typed file still has its blocks).
 */
import { hclLanguage } from 'codemirror-lang-hcl';
import type { Span } from '../../core/text';

export type HclTree = ReturnType<typeof hclLanguage.parser.parse>;
export type HclNode = HclTree['topNode'];

export function parseHcl(text: string): HclTree {
  return hclLanguage.parser.parse(text);
}

export function children(node: HclNode, name?: string): HclNode[] {
  const out: HclNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (name === undefined || child.name === name) out.push(child);
  return out;
}

export const spanOf = (node: HclNode): Span => ({ start: node.from, end: node.to });

/** Follows single-child wrappers (Expression > LiteralValue > StringLit) down to the first node of one of `names`. */
const WRAPPERS = ['Expression', 'LiteralValue', 'CollectionValue', 'ObjectKey', 'BlockLabel', 'BlockType', 'TemplateExpr'];

function unwrap(node: HclNode | null, names: readonly string[], wrappers: readonly string[] = WRAPPERS): HclNode | undefined {
  for (let n = node; n; n = n.firstChild) {
    if (names.includes(n.name)) return n;
    if (!wrappers.includes(n.name) || n.firstChild?.nextSibling) return undefined;
  }
  return undefined;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** A quoted literal's text with HCL's escapes (`\n`, `\uXXXX`, `$${`, `%%{`) decoded. */
function decode(raw: string): string {
  return raw
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => (e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : ESCAPES[e] ?? e))
    .replace(/([$%])\1\{/g, '$1{');
}

/** A literal as written: its value (undefined when computed), its text and where it is (inside quotes). */
export interface HclLiteral {
  value: string | number | boolean | null | undefined;
  raw: string;
  span: Span;
  quoted: boolean;
}

/** A quoted string without interpolations or directives is a literal; anything else is computed. */
function quotedLiteral(node: HclNode, text: string): HclLiteral {
  const open = node.getChild('QuotedTemplateStart');
  const close = node.getChild('QuotedTemplateEnd');
  const start = open ? open.to : node.from;
  const end = close ? close.from : node.to;
  const raw = text.slice(start, end);
  const literal = children(node).every((c) => ['QuotedTemplateStart', 'QuotedTemplateEnd', 'TemplateLiteral'].includes(c.name));
  return { value: literal ? decode(raw) : undefined, raw, span: { start, end }, quoted: true };
}

/** The value of an expression node when it is a literal; references, calls and templates are computed. */
export function literalOf(expression: HclNode, text: string): HclLiteral {
  const node = unwrap(expression, ['StringLit', 'QuotedTemplate', 'NumericLit', 'BoolLit', 'NullLit']);
  const raw = text.slice(expression.from, expression.to);
  const computed: HclLiteral = { value: undefined, raw, span: spanOf(expression), quoted: false };
  if (!node) return computed;
  switch (node.name) {
    case 'StringLit':
    case 'QuotedTemplate':
      return quotedLiteral(node, text);
    case 'NumericLit':
      return { ...computed, value: Number(raw) };
    case 'BoolLit':
      return { ...computed, value: raw === 'true' };
    case 'NullLit':
      return { ...computed, value: null };
  }
  return computed;
}

/** An object key or a block label: a bare identifier or a literal string. */
export function nameOf(node: HclNode, text: string): HclLiteral | undefined {
  const ident = unwrap(node, ['Identifier'], [...WRAPPERS, 'VariableExpr']);
  if (ident) return { value: text.slice(ident.from, ident.to), raw: text.slice(ident.from, ident.to), span: spanOf(ident), quoted: false };
  const literal = literalOf(node, text);
  return literal.quoted && typeof literal.value === 'string' ? literal : undefined;
}

/** Every comment of the tree (`#`, `//` and `/* *\/`). */
export function commentSpans(tree: HclTree): Span[] {
  const spans: Span[] = [];
  tree.iterate({ enter: (n) => { if (n.name === 'LineComment' || n.name === 'BlockComment') spans.push({ start: n.from, end: n.to }); } });
  return spans;
}
