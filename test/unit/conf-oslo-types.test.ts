/**
 * Differential test of invalid-value's type checks against oslo.config's own types: for every value
 * and option type, we reject exactly what oslo.config rejects.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkValue } from '../../server/src/engine/languages/conf/values';
import type { ConfOptionInfo } from '../../server/src/engine/knowledge/conf-options';
import { osloAccepts, osloUnavailable, type TypeSpec } from '../support/oslo-oracle';

const KEY_USAGES = ['Digital Signature', 'Non Repudiation', 'Key Encipherment', 'CRL Sign'];

const SPECS: TypeSpec[] = [
  { type: 'BoolOpt' },
  { type: 'IntOpt' },
  { type: 'IntOpt', min: 1, max: 100 },
  { type: 'IntOpt', min: -1 },
  { type: 'PortOpt' },
  { type: 'PortOpt', min: 1024, max: 2048 },
  { type: 'FloatOpt' },
  { type: 'FloatOpt', min: 0, max: 4.5 },
  { type: 'IPOpt' },
  { type: 'HostAddressOpt' },
  { type: 'DictOpt' },
  { type: 'ListOpt', itemChoices: KEY_USAGES },
  { type: 'StrOpt', choices: ['None', 'MAC', 'ENCRYPT'], ignoreCase: true },
  { type: 'StrOpt', choices: ['barbican', 'x509keypair', 'local'] },
];

const VALUES = [
  'true', 'True', 'TRUE', 'yes', 'No', 'on', 'OFF', '1', '0', 't', 'y', 'enabled', '', ' ',
  '1.0', '-1', '+3', ' 5 ', '1_000', '1__0', '_1', '1_', '0x10', '65535', '65536', '-0', '00', '007', '2048', '1023',
  '1e3', '1E-2', '.5', '5.', '4.5', '4.6', 'inf', '-Infinity', 'nan', 'NaN', '1_0.5', 'abc', '1.2.3.4',
  '::1', '::', '::ffff:1.2.3.4', '1::2::3', '2001:db8::1', 'fe80::1%eth0', '01.2.3.4', '256.1.1.1', '1.2.3',
  'host.example.com', 'host.example.com.', '-bad.example.com', 'bad-.example.com', 'a_b.example.com', `${'x'.repeat(64)}.com`,
  'localhost', 'controller', '123', '1.2.3.4x',
  'a:1,b:2', 'a:1,a:2', 'a', 'a:1,', 'a,b:1', ':1', ' a : 1 , b:2', 'a:b:c', ',',
  'Digital Signature', 'Digital Signature, CRL Sign', 'Digital Signature,', 'Bogus', 'Digital Signature,,CRL Sign', 'digital signature',
  'None', 'none', 'mac', 'ENCRYPTED', 'barbican', 'Barbican', 'x509keypair ', 'local',
];

function info(spec: TypeSpec): ConfOptionInfo {
  return { ...spec, type: spec.type as ConfOptionInfo['type'], since: 'rocky' };
}

describe('value checks vs oslo.config types', { skip: osloUnavailable() }, () => {
  test(`${SPECS.length} option types × ${VALUES.length} values: accepted and rejected alike`, () => {
    const cases = SPECS.flatMap((spec) => VALUES.map((value) => [spec, value] as [TypeSpec, string]));
    const oracle = osloAccepts(cases);
    const differences = cases
      .map(([spec, value], i) => ({ spec, value, oslo: oracle[i], ours: checkValue(info(spec), value) === undefined }))
      .filter((c) => c.oslo !== c.ours)
      .map((c) => `${JSON.stringify(c.spec)} ${JSON.stringify(c.value)}: oslo ${c.oslo ? 'accepts' : 'rejects'}, we ${c.ours ? 'accept' : 'reject'}`);
    assert.deepEqual(differences, []);
    assert.ok(oracle.filter((ok) => !ok).length > 300, 'plenty of rejections are compared');
  });
});
