/** Hover on the name of a parameter or resource where it is declared: what the declaration says. */
import { isScalar } from 'yaml';
import { nodeAt } from '../node-at';
import type { HeatDocument } from '../template';
import { keyText, nodeSpan, scalarText } from '../yaml-nodes';
import { parameterMarkdown, resourceMarkdown } from './heat-hover';
import type { HoverResult } from '../../../core/hover-types';

export function declarationHover(doc: HeatDocument, offset: number, release: string): HoverResult | undefined {
  const at = nodeAt(doc.yaml.contents, offset);
  if (!at?.isKey || !isScalar(at.node) || at.pairs.length !== 2) return undefined;
  const name = scalarText(at.node);
  const span = nodeSpan(at.node);
  if (name === undefined || !span) return undefined;
  const section = keyText(at.pairs[0]);
  if (section === 'parameters') return { markdown: parameterMarkdown(doc, name), span };
  if (section === 'resources') return { markdown: resourceMarkdown(doc, name, release), span };
  return undefined;
}
