/**
 * The snippets in snippets/: prefixes that cannot pollute ordinary YAML, and bodies that, expanded with
 * their defaults (every choice of a choice tab stop), make files without errors or warnings.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { lint } from '../../server/src/engine';
import { REPO_ROOT } from '../support/fixtures';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

function load(name: string): Record<string, Snippet> {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'snippets', name), 'utf8')) as Record<string, Snippet>;
}

const CONF = load('magnum-conf.json');
const HEAT = load('heat.json');

/**
 * The text VS Code inserts when every tab stop keeps its default: `${1:x}` -> x, `$1` -> tab stop 1's
 * text, `${1|a,b|}` -> the choice picked by `choose` (the first by default), `$0` -> `cursor`.
 */
function expand(body: string[], choose: (choices: string[]) => string = (c) => c[0], cursor = ''): string {
  const values = new Map<string, string>();
  const resolve = (text: string): string => text
    .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, list: string) => remember(n, choose(list.split(','))))
    .replace(/\$\{(\d+):((?:[^{}]|\{[^{}]*\})*)\}/g, (_, n: string, inner: string) => remember(n, resolve(inner)))
    .replace(/\$(\d+)/g, (_, n: string) => (n === '0' ? cursor : values.get(n) ?? ''));
  const remember = (n: string, value: string) => {
    if (!values.has(n)) values.set(n, value);
    return values.get(n) ?? value;
  };
  return resolve(body.join('\n'));
}

/** Where `$0` leaves the cursor. */
const CURSOR = '\u2038';

/**
 * Inserts a snippet at the cursor as VS Code does: lines after the first get the indentation of the
 * cursor's line; the snippet's `$0` becomes the new cursor.
 */
function insertAtCursor(text: string, body: string[]): string {
  const line = new RegExp(`^([ \\t]*)${CURSOR}`, 'm').exec(text);
  assert.ok(line, 'the text has a cursor');
  const indent = line[1];
  const inserted = expand(body, undefined, CURSOR).split('\n').map((l, i) => (i === 0 || l === '' ? l : indent + l)).join('\n');
  return text.replace(CURSOR, inserted);
}

/** Drops the cursor's line and puts the cursor on a new line (indented for a map entry) just before `anchor`. */
function moveCursor(text: string, anchor: string): string {
  const without = text.replace(new RegExp(`^[ \\t]*${CURSOR}\n?`, 'm'), '');
  assert.ok(without.includes(anchor), anchor);
  return without.replace(anchor, `\n  ${CURSOR}${anchor}`);
}

/**
 * Errors and warnings the linter finds. Information and hints are advice a snippet cannot always avoid:
 * cert-manager-barbican on a legitimate choice, or the storage drivers and COEs Magnum has deprecated
 * but Heat's OS::Magnum::ClusterTemplate still only accepts.
 */
function problems(path: string, text: string): string[] {
  return lint({ path, text }).diagnostics
    .filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => `${d.rule} ${d.range.start.line + 1}: ${d.message}`);
}

/** The choice lists of a body, to try each value. */
function choiceStops(body: string[]): string[][] {
  return [...body.join('\n').matchAll(/\$\{\d+\|([^|]*)\|\}/g)].map((m) => m[1].split(','));
}

describe('snippets', () => {
  test('the expansion helper resolves defaults, mirrors and choices', () => {
    assert.equal(expand(['a ${1:x} ${2|p,q|} $1 ${3:$1-y} $0']), 'a x p x x-y ');
    assert.equal(expand(['${1|p,q|}'], (c) => c[1]), 'q');
  });

  test('prefixes: magnum- in magnum.conf, heat- in YAML; every snippet is described', () => {
    for (const [name, s] of Object.entries(CONF)) {
      assert.match(s.prefix, /^magnum-[a-z_]+$/, name);
      assert.ok(s.description.length > 20, name);
    }
    for (const [name, s] of Object.entries(HEAT)) {
      assert.match(s.prefix, /^heat-[a-z-]+$/, name);
      assert.ok(s.description.length > 20, name);
    }
  });

  test('magnum.conf: the sections the design asks for', () => {
    const sections = Object.values(CONF).map((s) => /^\[(\w+)\]$/.exec(s.body[0])?.[1]);
    assert.deepEqual(sections, ['keystone_authtoken', 'keystone_auth', 'trust', 'certificates', 'cinder', 'oslo_messaging_notifications']);
  });

  for (const [name, snippet] of Object.entries(CONF)) {
    test(`magnum.conf snippet '${snippet.prefix}': no choice leads to an error or a warning`, () => {
      const choices = choiceStops(snippet.body);
      const variants = [expand(snippet.body), ...choices.flatMap((list, stop) => list.map((value) => {
        let index = -1;
        return expand(snippet.body, (c) => (++index === stop ? value : c[0]));
      }))];
      for (const text of variants) assert.deepEqual(problems('/etc/magnum/magnum.conf', `[DEFAULT]\ndebug = false\n\n${text}`), [], `${name}:\n${text}`);
    });
  }

  test('Heat: snippets chained at their final tab stop make a template without errors or warnings', () => {
    let template = expand(HEAT['Heat template skeleton'].body, undefined, CURSOR);
    template = insertAtCursor(template, HEAT['OS::Neutron::SecurityGroup'].body);
    assert.match(template, /^ {8}- protocol: icmp\n(.*\n){3} {8}\u2038$/m, 'the cursor ends in the rule list');
    template = insertAtCursor(template, HEAT['Security group ingress rule'].body);
    template = moveCursor(template, '\n\noutputs:');
    for (const name of ['OS::Cinder::Volume with attachment', 'OS::Heat::ResourceGroup', 'OS::Magnum::ClusterTemplate', 'OS::Magnum::Cluster']) {
      template = insertAtCursor(template, HEAT[name].body);
      assert.match(template, /^ {2}\u2038$/m, `after ${name} the cursor is ready for the next resource`);
    }
    template = moveCursor(template, '\n\nresources:');
    template = insertAtCursor(template, HEAT['Heat parameter'].body).replace(/^ *\u2038\n/m, '');
    template = template.replace('\nresources:\n', '\nresources:\n  name_user:\n    type: OS::Heat::Value\n    properties:\n      value: {get_param: name}\n');
    assert.match(template, /^heat_template_version: 2021-04-16$/m);
    assert.match(template, /^ {8}- direction: ingress$/m);
    assert.match(template, /^ {2}name:\n {4}type: string$/m);
    assert.deepEqual(problems('/w/stack.yaml', template), [], template);
  });

  test('OS::Magnum::ClusterTemplate: both storage drivers are valid with the default volume size', () => {
    const body = HEAT['OS::Magnum::ClusterTemplate'].body;
    for (const driver of ['overlay', 'devicemapper']) {
      const resource = expand(body, (c) => (c.includes(driver) ? driver : c[0])).split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
      assert.match(resource, new RegExp(`docker_storage_driver: ${driver}\\n`));
      const template = `heat_template_version: 2021-04-16\nresources:\n${resource}\n`;
      assert.deepEqual(problems('/w/ct.yaml', template), [], template);
    }
  });
});
