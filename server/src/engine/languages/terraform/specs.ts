/** The cluster-template model of a Terraform file: its Magnum cluster template and cluster resources. */
import type { ClusterTemplateSpec, LabelEntry, LabelSyntax, LabelsRegion, SpecKind, SpecValue } from '../../cluster-template/model';
import type { LineIndex } from '../../core/text';
import { children, literalOf, nameOf, spanOf, type HclNode, type HclTree } from './hcl';
import { hclEdits } from './hcl-edits';

export const TERRAFORM_RESOURCES: Readonly<Record<string, SpecKind>> = {
  openstack_containerinfra_clustertemplate_v1: 'cluster-template',
  openstack_containerinfra_cluster_v1: 'cluster',
};

/** The provider's attribute names that differ from Magnum's API field names. */
const FIELD_OF_ATTRIBUTE: Readonly<Record<string, string>> = { image: 'image_id', flavor: 'flavor_id', master_flavor: 'master_flavor_id', keypair: 'keypair_id' };
/** Terraform's meta-arguments: about the resource, not sent to Magnum. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'provider', 'depends_on']);

function attributeOf(kind: SpecKind, field: string): string {
  const found = Object.entries(FIELD_OF_ATTRIBUTE).find(([, f]) => f === field)?.[0];
  // The cluster template resource spells its key pair `keypair_id` like the API; the cluster says `keypair`.
  return found === 'keypair' && kind === 'cluster-template' ? field : found ?? field;
}

/** Labels as an HCL object: `name = "value"`. */
const HCL_LABELS: LabelSyntax = { separators: '{,\n', assign: ' = ', value: (v) => JSON.stringify(v) };

/** Inside the braces of the labels object. */
function labelsRegion(object: HclNode | undefined, text: string): LabelsRegion | undefined {
  if (!object) return undefined;
  const end = text[object.to - 1] === '}' ? object.to - 1 : object.to;
  return { span: { start: object.from + 1, end: Math.max(object.from + 1, end) }, syntax: HCL_LABELS };
}

function specValue(name: HclNode, expression: HclNode, text: string): SpecValue | undefined {
  const literal = literalOf(expression, text);
  // `= null` is Terraform's way of leaving an argument unset.
  if (literal.value === null) return undefined;
  const spelledAs = text.slice(name.from, name.to);
  return { value: literal.value, raw: literal.raw, span: literal.span, nameSpan: spanOf(name), spelledAs };
}

interface Labels {
  entries: LabelEntry[];
  known: boolean;
  object: HclNode | undefined;
}

function objectOf(expression: HclNode): HclNode | undefined {
  const collection = expression.firstChild?.name === 'CollectionValue' && !expression.firstChild.nextSibling ? expression.firstChild : undefined;
  const object = collection?.firstChild;
  return object?.name === 'Object' ? object : undefined;
}

function readLabels(expression: HclNode, text: string): Labels {
  const object = objectOf(expression);
  if (!object) return { entries: [], known: false, object: undefined };
  const entries: LabelEntry[] = [];
  let known = true;
  for (const elem of children(object, 'ObjectElem')) {
    const keyNode = elem.getChild('ObjectKey');
    const key = keyNode && nameOf(keyNode, text);
    const valueNode = children(elem, 'Expression').pop();
    if (!key || typeof key.value !== 'string' || !valueNode) {
      known = false;
      continue;
    }
    const literal = literalOf(valueNode, text);
    const value = literal.value === undefined || literal.value === null ? undefined : String(literal.value);
    entries.push({ name: key.value, value, raw: literal.raw, span: literal.span, nameSpan: key.span, spelledAs: key.value });
  }
  return { entries, known, object };
}

function resourceSpec(block: HclNode, kind: SpecKind, type: string, typeLabel: HclNode, index: LineIndex): ClusterTemplateSpec {
  const { text } = index;
  const fields = new Map<string, SpecValue>();
  let labels: Labels = { entries: [], known: true, object: undefined };
  let labelsAttribute: HclNode | undefined;
  const body = block.getChild('Body');
  for (const attribute of body ? children(body, 'Attribute') : []) {
    const name = attribute.getChild('Identifier');
    const expression = attribute.getChild('Expression');
    if (!name || !expression) continue;
    const attr = text.slice(name.from, name.to);
    if (attr === 'labels') {
      labelsAttribute = attribute;
      labels = readLabels(expression, text);
    } else if (!META_ARGUMENTS.has(attr)) {
      const value = specValue(name, expression, text);
      if (value) fields.set(FIELD_OF_ATTRIBUTE[attr] ?? attr, value);
    }
  }
  const nameLabel = block.getChildren('BlockLabel')[1];
  const resourceName = nameLabel && nameOf(nameLabel, text)?.value;
  const typeSpan = nameOf(typeLabel, text)!.span;
  return {
    kind,
    span: spanOf(block),
    anchor: typeSpan,
    source: resourceName === undefined ? type : `${type}.${resourceName}`,
    fields,
    labels: labels.entries,
    labelsKnown: labels.known,
    edits: hclEdits({ block, labelsAttribute, labelsObject: labels.object, attributeOf: (field) => attributeOf(kind, field) }, index),
    fieldName: (field) => attributeOf(kind, field),
    labelsRegion: labelsRegion(labels.object, text),
  };
}

/** Every `openstack_containerinfra_clustertemplate_v1` and `..._cluster_v1` resource, in file order. */
export function terraformSpecs(tree: HclTree, index: LineIndex): ClusterTemplateSpec[] {
  const specs: ClusterTemplateSpec[] = [];
  const body = tree.topNode.getChild('Body');
  for (const block of body ? children(body, 'Block') : []) {
    const blockType = block.getChild('BlockType');
    const typeLabel = block.getChild('BlockLabel');
    if (!blockType || !typeLabel || index.text.slice(blockType.from, blockType.to) !== 'resource') continue;
    const type = nameOf(typeLabel, index.text)?.value;
    const kind = typeof type === 'string' ? TERRAFORM_RESOURCES[type] : undefined;
    if (kind) specs.push(resourceSpec(block, kind, type as string, typeLabel, index));
  }
  return specs;
}
