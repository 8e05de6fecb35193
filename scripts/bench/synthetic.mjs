// Synthetic Heat templates of a chosen size, built by repeating the real resources of a template.
import { isMap, parseDocument } from 'yaml';

const lineStart = (text, offset) => text.lastIndexOf('\n', offset - 1) + 1;
const countLines = (text) => text.split('\n').length - 1;

/** Each top-level resource's lines and name, and where the resources section ends. */
function resourceBlocks(text) {
  const root = parseDocument(text, { uniqueKeys: false }).contents;
  if (!isMap(root)) throw new Error('the template is not a mapping');
  const index = root.items.findIndex((pair) => pair.key?.value === 'resources');
  const resources = root.items[index]?.value;
  if (!isMap(resources) || resources.items.length === 0) throw new Error('the template has no resources');
  const next = root.items[index + 1];
  const sectionEnd = next ? lineStart(text, next.key.range[0]) : text.length;
  const starts = resources.items.map((pair) => lineStart(text, pair.key.range[0]));
  const blocks = resources.items.map((pair, i) => ({ name: String(pair.key.value), text: text.slice(starts[i], starts[i + 1] ?? sectionEnd) }));
  return { blocks, sectionEnd };
}

/**
 * The template with copies of its resources (renamed `<name>_copy<N>`; their references still point
 * at the originals, which stay defined) appended to its resources section until it has at least
 * `lines` lines.
 */
export function syntheticTemplate(base, lines) {
  const text = base.endsWith('\n') ? base : base + '\n';
  const { blocks, sectionEnd } = resourceBlocks(text);
  const copies = [];
  let count = countLines(text);
  for (let copy = 1; count < lines; copy++) {
    for (const block of blocks) {
      let renamed = block.text.replace(block.name, `${block.name}_copy${copy}`);
      if (!renamed.endsWith('\n')) renamed += '\n';
      copies.push(renamed);
      count += countLines(renamed);
      if (count >= lines) break;
    }
  }
  return text.slice(0, sectionEnd) + copies.join('') + text.slice(sectionEnd);
}
