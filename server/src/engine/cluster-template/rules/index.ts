/**
 * The cluster-template rules: each reads only the model (model.ts), so every source language lists
 * this one array (Heat, shell, Markdown, reStructuredText, Terraform, Ansible).
 */
import { clusterTemplateCoe } from './cluster-template-coe';
import { dockerStorageDriver } from './docker-storage-driver';
import { dockerVolumeSize } from './docker-volume-size';
import { heatLabelToCapi } from './heat-label-to-capi';
import { labelCombination } from './label-combination';
import { labelValue } from './label-value';
import { mergeLabels } from './merge-labels';
import { networkDriver } from './network-driver';
import { requiredLabel } from './required-label';
import type { ClusterTemplateRule } from './shared';
import { unknownLabel } from './unknown-label';

export type { ClusterTemplateRule } from './shared';

export const CLUSTER_TEMPLATE_RULES: readonly ClusterTemplateRule[] = [
  clusterTemplateCoe,
  dockerVolumeSize,
  dockerStorageDriver,
  networkDriver,
  unknownLabel,
  labelValue,
  requiredLabel,
  labelCombination,
  mergeLabels,
  heatLabelToCapi,
];
