import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../server/src/engine';
import { completeAt } from '../../server/src/engine';
import { hoverAt } from '../../server/src/engine';
import { lint } from '../../server/src/engine';
import { USAGE } from '../../server/src/cli/args';
import { LspClient } from '../protocol/lsp-client';
import { REPO_ROOT } from '../support/fixtures';

/** Every secret below contains this marker, and nothing else in the inputs does. */
const MARKER = 'S3cret';

// Secret option values, passwords in URLs (also in options that are not secret), duplicates, typos,
// a line without separator, an unknown section; each line is near a finding.
const CONF = `[DEFAULT]
transport_url = rabbit://openstack:S3cret-rabbit-1@rabbit.example.com:5672/
transport_url = rabbit://openstack:S3cret-rabbit-2@rabbit.example.com:5672/

[database]
connection = mysql+pymysql://magnum:S3cret-db-1@db.example.com/magnum

[keystone_authtoken]
auth_uri = http://keystone.example.com:5000/v3
auth_url = http://admin:S3cret-url-1@keystone.example.com:35357
password = S3cret-authtoken-1
password = S3cret-authtoken-2
admin_password = S3cret-admin-1
memcache_secret_key = S3cret-memcache-1
paswsord = S3cret-typo-1
auth_type = password
username = magnum

[trust]
trustee_domain_admin_password = S3cret-trustee-1
trustee_domain_admin_password S3cret-nosep-1

[no_such_section]
password = S3cret-unknown-1

[cinder]
default_docker_volume_type =
`;

// Hidden parameters (Heat masks them), one feeding a property with allowed values, URL credentials.
const TEMPLATE = `heat_template_version: 2018-08-31
parameters:
  db_password:
    type: string
    hidden: true
    default: S3cret-hidden-1
  storage:
    type: string
    hidden: true
    default: S3cret-hidden-2
    constraints:
      - allowed_values: [S3cret-hidden-3]
resources:
  cluster_template:
    type: OS::Magnum::ClusterTemplate
    properties:
      coe: kubernetes
      image: fedora-coreos
      docker_storage_driver: {get_param: storage}
      labels: {db_password: {get_param: db_password}}
      external_network: {get_param: undeclared}
  config:
    type: OS::Heat::SoftwareConfig
    properties:
      config: {str_replace: {template: "url=http://u:S3cret-url-2@host/", params: {}}}
      colour: http://u:S3cret-url-3@host/
outputs:
  leak:
    value: {get_param: db_password}
`;

const DOCUMENTS = [
  { name: 'magnum.conf', text: CONF, languageId: 'magnum-conf' },
  { name: 'kubecluster.yaml', text: TEMPLATE, languageId: 'yaml' },
];

function leaks(where: string, value: unknown): string[] {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const found: string[] = [];
  for (let at = text.indexOf(MARKER); at >= 0; at = text.indexOf(MARKER, at + 1)) found.push(`${where}: …${text.slice(Math.max(0, at - 60), at + 30)}…`);
  return found;
}

/** The CLI's output with the text of fix edits removed, for the checks of messages and titles alone. */
function withoutEditTexts(output: string): string {
  return output.replace(/"(newText|text)": "(?:[^"\\]|\\.)*"/g, '"$1": ""');
}

describe('secrets never leak', () => {
  let dir: string;
  const paths: Record<string, string> = {};

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'magnum-heat-secrets-'));
    const templates = join(dir, 'drivers', 'k8s_fedora_coreos_v1', 'templates');
    mkdirSync(templates, { recursive: true });
    for (const { name, text } of DOCUMENTS) {
      paths[name] = name.endsWith('.conf') ? join(dir, name) : join(templates, name);
      writeFileSync(paths[name], text);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the documents really hold the secrets and get findings', () => {
    for (const { name, text } of DOCUMENTS) {
      assert.ok(text.includes(MARKER));
      assert.ok(lint({ path: paths[name], text }).diagnostics.length >= 3, `${name} has findings`);
    }
  });

  test('diagnostic messages, related information and fix titles', () => {
    const found = DOCUMENTS.flatMap(({ name, text }) => lint({ path: paths[name], text }).diagnostics.flatMap((d) => [
      ...leaks(`${name} ${d.rule} message`, d.message),
      ...leaks(`${name} ${d.rule} related`, d.related ?? []),
      ...d.fixes.flatMap((f) => leaks(`${name} ${d.rule} fix title`, f.title)),
    ]));
    assert.deepEqual(found, []);
  });

  test('hovers and completions at every offset', () => {
    const found: string[] = [];
    for (const { name, text } of DOCUMENTS) {
      const analysis = analyze({ path: paths[name], text });
      for (let offset = 0; offset <= text.length; offset++) {
        found.push(...leaks(`${name} hover at ${offset}`, hoverAt(analysis, offset)?.markdown ?? ''));
        found.push(...completeAt(analysis, offset).flatMap((p) => leaks(`${name} completion at ${offset}`, [p.label, p.detail, p.documentation])));
      }
    }
    assert.deepEqual(found.slice(0, 10), [], `${found.length} leaks`);
  });

  const formats = (/--format ([a-z|]+)/.exec(USAGE)?.[1] ?? 'text').split('|');
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'lint', ...args, dir], { encoding: 'utf8' });

  for (const format of formats) {
    test(`CLI --format ${format}: messages, titles, paths, stderr`, () => {
      const run = cli('--format', format);
      assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
      assert.ok(run.stdout.includes('keystone'), 'the findings are printed');
      assert.deepEqual([...leaks('stdout', withoutEditTexts(run.stdout)), ...leaks('stderr', run.stderr)], []);
    });
  }

  for (const format of formats.filter((f) => f !== 'text')) {
    test(`CLI --format ${format}: fix edits`, () => {
      assert.deepEqual(leaks('stdout', cli('--format', format).stdout), []);
    });
  }

  test('CLI --fix-dry-run diff', USAGE.includes('--fix-dry-run') ? {} : { skip: 'no --fix-dry-run' }, () => {
    const run = cli('--fix-dry-run');
    assert.ok(run.status !== 2, run.stderr);
    assert.deepEqual([...leaks('stdout', run.stdout), ...leaks('stderr', run.stderr)], []);
  });

  test('language server: diagnostics, hovers, code action titles, log and stderr', { timeout: 60_000 }, async () => {
    const client = await LspClient.start({ settings: () => ({ debounceMs: 0 }) });
    try {
      const found: string[] = [];
      for (const { name, text, languageId } of DOCUMENTS) {
        const uri = pathToFileURL(paths[name]).href;
        const diagnostics = await client.open(uri, languageId, text);
        assert.ok(diagnostics.length > 0);
        found.push(...diagnostics.flatMap((d) => leaks(`${name} diagnostic`, [d.message, d.relatedInformation ?? []])));
        const lines = text.split('\n');
        for (let line = 0; line < lines.length; line++) {
          for (let character = 0; character <= lines[line].length; character += 3) {
            const hover = await client.hover(uri, { line, character });
            found.push(...leaks(`${name} hover ${line}:${character}`, hover?.contents ?? ''));
          }
        }
        const everything = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
        for (const action of (await client.codeActions(uri, everything, diagnostics)) ?? []) found.push(...leaks(`${name} code action`, action.title));
      }
      found.push(...leaks('log', client.logs), ...leaks('stderr', client.stderr));
      assert.deepEqual(found.slice(0, 10), [], `${found.length} leaks`);
    } finally {
      client.kill();
    }
  });
});
