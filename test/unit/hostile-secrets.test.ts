/** Secrets a hostile or careless file holds never reach output or hovers (issue 16). */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze, hoverAt } from '../../server/src/engine';
import { secretMask } from '../../server/src/engine';
import { runCli } from '../support/cli';

/** A deprecated option whose fix copies its value (a URL whose password holds '@' and '/') to [database]. */
const CONF = '[DEFAULT]\nsql_connection = mysql+pymysql://magnum:s3cr@t/x@db.example.com/magnum\n';

describe('URL passwords holding @ or /', () => {
  test('are masked whole: userinfo ends at the last @', () => {
    const mask = secretMask(undefined);
    assert.equal(mask('auth_url = http://admin:p@ss@rest.example.com:5000/v3'), 'auth_url = http://admin:****@rest.example.com:5000/v3');
    assert.equal(mask('rabbit://u:pa/ss@mq:5672/ and "http://v:q#r@h/"'), 'rabbit://u:****@mq:5672/ and "http://v:****@h/"');
    assert.equal(mask('http://user@host:5000/v3 http://host:5000/v3'), 'http://user@host:5000/v3 http://host:5000/v3', 'no password, nothing masked');
  });

  test('in JSON and SARIF fix edits and in the dry-run diff', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mh-secrets-'));
    writeFileSync(join(dir, 'magnum.conf'), CONF);
    for (const args of [['--format', 'json'], ['--format', 'sarif'], ['--fix-dry-run']]) {
      const { stdout } = runCli(dir, 'lint', '--no-config', ...args, 'magnum.conf');
      assert.match(stdout, /connection = (mysql\+pymysql:\/\/magnum:\*\*\*\*@db\.example\.com\/magnum|\*\*\*\*)/, `the fix is shown (${args.join(' ')})`);
      assert.doesNotMatch(stdout, /s3cr|t\/x@/, `no part of the password (${args.join(' ')})`);
    }
  });
});

describe('Heat hidden: as Heat reads it (Python truth of the YAML value)', () => {
  const template = (hidden: string) => `heat_template_version: 2018-08-31\nparameters:\n  db_password:\n    type: string\n    hidden: ${hidden}\n    default: hunter2-secret\nresources:\n  r:\n    type: OS::Heat::Value\n    properties:\n      value: {get_param: db_password}\n`;
  const hoverText = (text: string) => hoverAt(analyze({ path: 't.yaml', text }), text.lastIndexOf('db_password'))?.markdown ?? '';

  for (const hidden of ['yes', 'on', 'On', '1', '"True"', "'false'", 'TRUE']) {
    test(`hidden: ${hidden} hides the default in output and hovers`, () => {
      const text = template(hidden);
      assert.doesNotMatch(secretMask('heat-template', text)(text), /hunter2-secret/);
      assert.match(hoverText(text), /Default: \(hidden\)/);
    });
  }
  for (const shown of ['no', 'off', 'false', '0', '~', '""']) {
    test(`hidden: ${shown} shows it`, () => {
      const text = template(shown);
      assert.match(secretMask('heat-template', text)(text), /hunter2-secret/);
      assert.match(hoverText(text), /Default: `"hunter2-secret"`/);
    });
  }
});
