import type { HeatRule } from '../context';
import { aliasExpansion } from './alias-expansion';
import { CLUSTER_TEMPLATE_RULES } from '../../../cluster-template/rules';
import { driverLifecycle } from './driver-lifecycle';
import { duplicateKey } from './duplicate-key';
import { emptyVolumeType } from './empty-volume-type';
import { fileTooLarge } from './file-too-large';
import { functionUnavailable } from './function-unavailable';
import { invalidPropertyValue } from './invalid-property-value';
import { invalidTemplateVersion } from './invalid-template-version';
import { magnumParameterMissing } from './magnum-parameter-missing';
import { missingPortRule } from './missing-port-rule';
import { missingRequiredProperty } from './missing-required-property';
import { nestedParameterMismatch } from './nested-parameter-mismatch';
import { undefinedParameter } from './undefined-parameter';
import { undefinedResource } from './undefined-resource';
import { unknownAttribute } from './unknown-attribute';
import { unknownProperty } from './unknown-property';
import { unknownResourceKey } from './unknown-resource-key';
import { unknownResourceType } from './unknown-resource-type';
import { unknownTemplateSection } from './unknown-template-section';
import { unusedParameter } from './unused-parameter';
import { yamlSyntax } from './yaml-syntax';
import { invalidParameterDefinition } from './invalid-parameter-definition';
import { invalidParameterDefault } from './invalid-parameter-default';
import { invalidOutput } from './invalid-output';
import { invalidFunctionArguments } from './invalid-function-arguments';
import { invalidDeletionPolicy } from './invalid-deletion-policy';
import { invalidDependsOn } from './invalid-depends-on';
import { circularDependency } from './circular-dependency';
import { invalidUpdatePolicy } from './invalid-update-policy';
import { invalidPropertyCombination } from './invalid-property-combination';

export const HEAT_RULES: readonly HeatRule[] = [
  yamlSyntax, fileTooLarge, undefinedParameter, emptyVolumeType, missingPortRule,
  magnumParameterMissing, nestedParameterMismatch, ...CLUSTER_TEMPLATE_RULES, driverLifecycle,
  invalidTemplateVersion, unknownTemplateSection, unknownResourceKey, functionUnavailable, unknownResourceType,
  unknownProperty, missingRequiredProperty, invalidPropertyValue, undefinedResource, unknownAttribute,
  unusedParameter, duplicateKey,
  // parameters, outputs and resource keywords as Heat validates them (issue 13)
  invalidParameterDefinition, invalidParameterDefault, invalidOutput, invalidFunctionArguments, invalidDeletionPolicy,
  invalidDependsOn, circularDependency, invalidUpdatePolicy, invalidPropertyCombination, aliasExpansion,
];
