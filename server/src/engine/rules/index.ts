import type { AnyRuleMeta, ConfRule, EngineRule, EnvironmentRule, HeatRule, Rule } from '../rule';
import { authUriDeprecated } from './auth-uri-deprecated';
import { certManagerBarbican } from './cert-manager-barbican';
import { deprecatedOption } from './deprecated-option';
import { dockerVolumeTypeEmpty } from './docker-volume-type-empty';
import { duplicateOption } from './duplicate-option';
import { endpointHostUnresolvable } from './endpoint-host-unresolvable';
import { invalidValue } from './invalid-value';
import { keystoneAdminPort } from './keystone-admin-port';
import { keystoneAuthMissing } from './keystone-auth-missing';
import { unknownOption } from './unknown-option';
import { unknownSection } from './unknown-section';
import { confSyntax } from './conf-syntax';
import { emptyVolumeType } from './empty-volume-type';
import { fileTooLarge } from './file-too-large';
import { clusterTemplateCoe } from './cluster-template-coe';
import { dockerVolumeSize } from './docker-volume-size';
import { magnumParameterMissing } from './magnum-parameter-missing';
import { missingPortRule } from './missing-port-rule';
import { missingRegistryFile } from './missing-registry-file';
import { nestedParameterMismatch } from './nested-parameter-mismatch';
import { projectConfigInvalid } from './project-config-invalid';
import { undefinedParameter } from './undefined-parameter';
import { unusedSuppression } from './unused-suppression';
import { analysisLimit } from './analysis-limit';
import { yamlSyntax } from './yaml-syntax';
import { invalidTemplateVersion } from './invalid-template-version';
import { unknownTemplateSection } from './unknown-template-section';
import { unknownResourceKey } from './unknown-resource-key';
import { functionUnavailable } from './function-unavailable';
import { unknownResourceType } from './unknown-resource-type';
import { unknownProperty } from './unknown-property';
import { missingRequiredProperty } from './missing-required-property';
import { invalidPropertyValue } from './invalid-property-value';
import { undefinedResource } from './undefined-resource';
import { unknownAttribute } from './unknown-attribute';
import { unusedParameter } from './unused-parameter';
import { duplicateKey } from './duplicate-key';

export const CONF_RULES: readonly ConfRule[] = [
  confSyntax, authUriDeprecated, keystoneAdminPort, keystoneAuthMissing, dockerVolumeTypeEmpty,
  endpointHostUnresolvable, certManagerBarbican, unknownSection, unknownOption, invalidValue,
  deprecatedOption, duplicateOption,
];
export const HEAT_RULES: readonly HeatRule[] = [
  yamlSyntax, fileTooLarge, undefinedParameter, emptyVolumeType, missingPortRule,
  magnumParameterMissing, nestedParameterMismatch, clusterTemplateCoe, dockerVolumeSize,
  // HOT structure, types and references (issue #4 part A)
  invalidTemplateVersion, unknownTemplateSection, unknownResourceKey, functionUnavailable, unknownResourceType,
  unknownProperty, missingRequiredProperty, invalidPropertyValue, undefinedResource, unknownAttribute,
  unusedParameter, duplicateKey,
];
export const ENVIRONMENT_RULES: readonly EnvironmentRule[] = [missingRegistryFile];
export const ALL_RULES: readonly Rule[] = [...CONF_RULES, ...HEAT_RULES, ...ENVIRONMENT_RULES];

export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.meta.id === id);
}

/** Rules the engine reports itself, outside any document model. */
export const ENGINE_RULES: readonly EngineRule[] = [unusedSuppression, projectConfigInvalid, analysisLimit];
/** Every rule id there is, as listed by `--list-rules` and in the docs. */
export const RULE_METAS: readonly AnyRuleMeta[] = [...ALL_RULES, ...ENGINE_RULES].map((r) => r.meta);

export function findRuleMeta(id: string): AnyRuleMeta | undefined {
  return RULE_METAS.find((m) => m.id === id);
}
