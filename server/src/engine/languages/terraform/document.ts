import type { ClusterTemplateSpec } from '../../cluster-template/model';
import type { ParsedDocument } from '../../core/language';
import { LineIndex } from '../../core/text';
import { parseHcl, type HclTree } from './hcl';
import { terraformSpecs } from './specs';

/** Above this many characters a file is not parsed (no Terraform module file comes near it). */
export const MAX_PARSED_LENGTH = 2 * 1024 * 1024;

export interface TerraformDocument extends ParsedDocument {
  text: string;
  tree: HclTree | undefined;
  specs: ClusterTemplateSpec[];
}

export function parseTerraform(text: string): TerraformDocument {
  const index = new LineIndex(text);
  if (text.length > MAX_PARSED_LENGTH) return { text, index, tree: undefined, specs: [], oversized: true };
  const tree = parseHcl(text);
  return { text, index, tree, specs: terraformSpecs(tree, index) };
}
