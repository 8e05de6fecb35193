import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { redact } from '../../server/src/cli/redact';
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
  test('secret oslo options (also keystoneauth plugin options) and URL passwords are masked', () => {
    assert.equal(redact(CONF, 'magnum-conf'), CONF.replace('rabbit://magnum:rabbit-pass-1@mq.example.com:5672/', '****').replace('keystone-pass-2', '****'));
    assert.equal(redact('url: https://admin:s3cret@example.com/x\n', 'heat-template'), 'url: https://admin:****@example.com/x\n');
    assert.equal(redact('username = magnum\n', 'magnum-conf'), 'username = magnum\n');
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
