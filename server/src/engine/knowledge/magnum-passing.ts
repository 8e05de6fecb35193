/** Our words for how Magnum passes a parameter (used by messages and hovers). */
import type { PassedParameter } from './magnum-parameters';

const STAGE_WORDS: Record<string, string> = {
  create: 'cluster create',
  create_nodegroup: 'node group create',
  scale: 'scale or resize',
  upgrade: 'cluster upgrade',
  rotate_ca: 'CA rotation',
};

/** How names are quoted: `x` in Markdown hovers, 'x' in diagnostic messages. */
export type Quote = (name: string) => string;
export const MARKDOWN_QUOTE: Quote = (name) => `\`${name}\``;
const PLAIN_QUOTE: Quote = (name) => `'${name}'`;

function fieldWords(field: string, quote: Quote): string {
  if (field === 'nodegroup') return 'the node group';
  const [owner, name] = field.split('.');
  return `the ${owner === 'cluster_template' ? 'cluster template' : 'cluster'} field ${quote(name)}`;
}

/** The labels and fields that feed the parameter, e.g. "label `kube_tag`; the cluster template field `tls_disabled`". */
export function passingSources(p: PassedParameter, quote: Quote = MARKDOWN_QUOTE): string[] {
  return [...(p.labels ?? []).map((l) => `label ${quote(l)}`), ...(p.fields ?? []).map((f) => fieldWords(f, quote))];
}

/** When Magnum passes it: "on every cluster create", "when label `kube_tag` is set", ... */
export function passingWhen(p: PassedParameter, quote: Quote = PLAIN_QUOTE): string {
  const stages = (p.stages ?? ['create']).map((s) => STAGE_WORDS[s] ?? s).join(', ');
  if (p.always) return `on every ${stages}`;
  const fields = (p.fields ?? []).map((f) => (f === 'nodegroup' ? 'the node group sets it' : `${fieldWords(f, quote)} is set`));
  const triggers = [...(p.labels ?? []).map((l) => `label ${quote(l)} is set`), ...fields, ...(p.when ?? [])];
  return triggers.length ? `when ${triggers.join(', or ')}` : `on some ${stages}`;
}
