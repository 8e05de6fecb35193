/**
 * One model of a Magnum cluster template (or a cluster create/update) however it is written: an
 * `openstack coe cluster template create` command in a shell script or a runbook, a Terraform
 * `openstack_containerinfra_clustertemplate_v1`, an Ansible `openstack.cloud.coe_cluster_template`
 * task, a Heat `OS::Magnum::ClusterTemplate`. Each source language extracts these; the rules in
 * cluster-template/rules/ read only this model, so they are written once for every source.
 */
import type { OffsetEdit } from '../core/rule';
import type { CapiSettings } from '../knowledge/capi-drivers';
import type { Span } from '../core/text';

/** What the source declares. */
export type SpecKind = 'cluster-template' | 'cluster' | 'cluster-update';

/**
 * A value as written. `value` is undefined when it is computed (a shell `$VAR`, a Terraform
 * `var.x`, a Heat `get_param` without default, a Jinja expression): rules then stay silent.
 */
export interface SpecValue {
  value: string | number | boolean | undefined;
  /** The text of the value (without quotes); for fixes and messages. */
  raw: string;
  /** Where the value is (inside any quotes). */
  span: Span;
  /** Where the name is: the flag (`--coe`), the attribute or key (`coe`); the label name for a label. */
  nameSpan: Span;
  /** How the source spells the name, for messages: `--docker-volume-size`, `docker_volume_size`. */
  spelledAs: string;
  /** Set when the value came from somewhere else in the file (e.g. a Heat parameter's default). */
  via?: string;
}

export interface LabelEntry extends SpecValue {
  name: string;
  value: string | undefined;
}

/**
 * The fields are Magnum's API field names (python-magnumclient's and the REST API's):
 * coe, image_id, keypair_id, external_network_id, fixed_network, fixed_subnet, flavor_id,
 * master_flavor_id, network_driver, volume_driver, docker_storage_driver, docker_volume_size,
 * server_type, tls_disabled, public, registry_enabled, master_lb_enabled, floating_ip_enabled,
 * dns_nameserver, http_proxy, https_proxy, no_proxy, name, cluster_template_id (cluster),
 * node_count, master_count, merge_labels (cluster create/update) ...
 */
export interface ClusterTemplateSpec {
  kind: SpecKind;
  /** The whole command, resource or task; findings about something missing point at `anchor`. */
  span: Span;
  /** Where a "missing field/label" finding is reported: the command word or the resource/task name. */
  anchor: Span;
  /** How the source names itself in messages, e.g. "openstack coe cluster template create". */
  source: string;
  fields: ReadonlyMap<string, SpecValue>;
  /** In source order; a label given twice appears twice (the last one wins in Magnum). */
  labels: readonly LabelEntry[];
  /** False when labels are computed as a whole (a variable), so missing-label checks must stay silent. */
  labelsKnown: boolean;
  /** Edits the source knows how to write; undefined when it cannot (the fix is then not offered). */
  edits: SpecEdits;
  /** How the source spells a field it does not hold yet, for messages (`--docker-volume-size`); the field name when absent. */
  fieldName?(field: string): string;
  /** Where the labels are written, for completion; absent when they are computed or the source finds them itself. */
  labelsRegion?: LabelsRegion;
}

/** How a source writes one label: `name = "v"` (an HCL map), `name: v` (a YAML map), `name=v` (a `a=b,c=d` list). */
export interface LabelSyntax {
  /** Characters that end one entry (and start the next). */
  separators: string;
  /** Between a name and its value. */
  assign: string;
  /** A value as written where no quote is open yet. */
  value(v: string): string;
}

export interface LabelsRegion {
  /** Inside the map's braces, the block map from its key on, or inside the list string. */
  span: Span;
  syntax: LabelSyntax;
  /** A YAML block map: a blank line just below it, indented deeper than this column, is in it too. */
  indent?: number;
}

export interface SpecEdits {
  /** Adds a field with a value, in the source's syntax (`--docker-volume-size 3`, `docker_volume_size = 3`). */
  addField(field: string, value: string | number | boolean): OffsetEdit[] | undefined;
  /** Replaces a field's or a label's value with the given text (quoting as the source needs). */
  replaceValue(target: SpecValue, value: string | number | boolean): OffsetEdit[] | undefined;
  /** Adds a label (to an existing --labels / labels map, or a new one). */
  addLabel(name: string, value: string): OffsetEdit[] | undefined;
  /** Renames a label (keeps its value). */
  renameLabel(label: LabelEntry, name: string): OffsetEdit[] | undefined;
}

/** What cluster-template rules read: every spec of one document, and the knowledge in force. */
export interface ClusterTemplateContext {
  specs: readonly ClusterTemplateSpec[];
  release: string;
  /** The Magnum driver from the settings, else inferred (image name, os_distro) by the rules. */
  driver: string | undefined;
  /** The whole text (e.g. to see an image's os_distro property set elsewhere in the same file). */
  text: string;
  /** Which Cluster API driver packages (and versions) are installed, from the settings; absent: either, newest. */
  capi?: CapiSettings;
}
