import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { secretMask } from '../../server/src/engine';
import { runCli } from '../support/cli';

const CONF = `[DEFAULT]
transport_url = rabbit://magnum:rabbit-pass-1@mq.example.com:5672/

[keystone_authtoken]
auth_uri = http://keystone.example.com:5000/v3
auth_type = password
username = magnum
password = keystone-pass-2
`;

describe('secrets in printed file contents', () => {
  test('secret oslo options (also keystoneauth plugin options, misspelt keys, lines without separator) and URL passwords are masked', () => {
    const mask = secretMask('magnum-conf', CONF);
    assert.equal(mask(CONF), CONF.replace('rabbit://magnum:rabbit-pass-1@mq.example.com:5672/', '****').replace('keystone-pass-2', '****'));
    assert.equal(mask('a copy: keystone-pass-2, not keystone-pass-22'), 'a copy: ****, not keystone-pass-22');
    const odd = '[keystone_authtoken]\npaswsord = typo-pass\nadmin_password typo-nosep\nusername = magnum\n';
    assert.equal(secretMask('magnum-conf', odd)(odd), '[keystone_authtoken]\npaswsord = ****\nadmin_password ****\nusername = magnum\n');
  });

  test('hidden Heat parameters: default and allowed values; URL passwords anywhere', () => {
    const template = 'parameters:\n  db_password:\n    type: string\n    hidden: true\n    default: hidden-1\n    constraints:\n      - allowed_values: [hidden-2]\n  name:\n    type: string\n    default: visible\n';
    assert.equal(secretMask('heat-template', template)(template), template.replace('hidden-1', '****').replace('hidden-2', '****'));
    assert.equal(secretMask('heat-template', '')('url: https://admin:s3cret@example.com/x'), 'url: https://admin:****@example.com/x');
  });

  test('--fix-dry-run never prints them, not even as context', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mh-redact-'));
    writeFileSync(join(dir, 'magnum.conf'), CONF);
    const { stdout } = runCli(dir, 'lint', '--no-config', '--fix-dry-run', 'magnum.conf');
    assert.match(stdout, /^\+www_authenticate_uri = /m, 'the fix is shown');
    assert.match(stdout, /^ password = \*\*\*\*$/m);
    assert.doesNotMatch(stdout, /rabbit-pass-1|keystone-pass-2/);
  });
});
