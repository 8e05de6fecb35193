/**
 * The cluster-template rules: each reads only the model (model.ts), so every source language lists
 * this one array (Heat, shell, Markdown, reStructuredText, Terraform, Ansible).
 */
import { clusterTemplateCoe } from './cluster-template-coe';
import { dockerVolumeSize } from './docker-volume-size';
import type { ClusterTemplateRule } from './shared';

export type { ClusterTemplateRule } from './shared';

export const CLUSTER_TEMPLATE_RULES: readonly ClusterTemplateRule[] = [
  clusterTemplateCoe,
  dockerVolumeSize,
];
