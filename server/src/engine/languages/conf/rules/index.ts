import type { ConfRule } from '../context';
import { authUriDeprecated } from './auth-uri-deprecated';
import { certManagerBarbican } from './cert-manager-barbican';
import { confSyntax } from './conf-syntax';
import { deprecatedOption } from './deprecated-option';
import { dockerVolumeTypeEmpty } from './docker-volume-type-empty';
import { duplicateOption } from './duplicate-option';
import { endpointHostUnresolvable } from './endpoint-host-unresolvable';
import { invalidValue } from './invalid-value';
import { keystoneAdminPort } from './keystone-admin-port';
import { keystoneAuthMissing } from './keystone-auth-missing';
import { unknownOption } from './unknown-option';
import { unknownSection } from './unknown-section';
import { driverConflict } from './driver-conflict';
import { unknownDriver } from './unknown-driver';
import { capiNetworkDriver } from './capi-network-driver';

export const CONF_RULES: readonly ConfRule[] = [
  confSyntax, authUriDeprecated, keystoneAdminPort, keystoneAuthMissing, dockerVolumeTypeEmpty,
  endpointHostUnresolvable, certManagerBarbican, unknownSection, unknownOption, invalidValue,
  deprecatedOption, duplicateOption, driverConflict, unknownDriver, capiNetworkDriver,
];
