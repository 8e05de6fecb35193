import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseHeat } from '../../server/src/engine/languages/heat/template';
import { definitionAt, environmentDefinitionAt } from '../../server/src/engine/languages/heat/navigation/definition';
import type { Location } from '../../server/src/engine/languages/heat/navigation/locations';
import { referencesAt } from '../../server/src/engine/languages/heat/navigation/references';
import { DiskHost } from '../../server/src/host/disk-host';
import { fixturePath, rangeOf } from '../support/fixtures';
import { MemoryHost } from '../support/memory-host';

const DRIVERS = 'heat/nested/drivers';
const file = (relative: string) => {
  const path = fixturePath(`${DRIVERS}/${relative}`);
  const text = readFileSync(path, 'utf8');
  return { path, text, doc: parseHeat(text) };
};
const offsetOf = (text: string, needle: string, occurrence = 0) => {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, needle);
  return at + 1;
};
/** The range of `word` inside the first occurrence of `context`. */
const rangeIn = (text: string, context: string, word: string) => {
  const start = text.indexOf(context) + context.indexOf(word);
  assert.ok(start >= context.indexOf(word) && context.includes(word), `${word} in ${context}`);
  const index = parseHeat(text).index;
  return index.rangeOf({ start, end: start + word.length });
};
const loc = (relative: string, needle: string, occurrence = 0): Location => ({ path: fixturePath(`${DRIVERS}/${relative}`), range: rangeOf(file(relative).text, needle, occurrence) });
const sorted = (locations: Location[]) => [...locations].sort((a, b) => a.path.localeCompare(b.path) || a.range.start.line - b.range.start.line);

describe('navigation: go to definition', () => {
  const good = file('demo_driver/templates/cluster-good.yaml');
  const host = new DiskHost();
  const definition = (needle: string, occurrence = 0) => definitionAt(good.doc, good.path, offsetOf(good.text, needle, occurrence), host);

  test('get_param -> the parameter; get_attr, get_resource and depends_on -> the resource', () => {
    assert.deepEqual(definition('number_of_nodes', 1), [loc('demo_driver/templates/cluster-good.yaml', 'number_of_nodes')]);
    assert.deepEqual(definition('nodes, resource.0.ip'), [{ path: good.path, range: rangeIn(good.text, '  nodes:', 'nodes') }]);
    assert.deepEqual(definition('api_lb, address'), [{ path: good.path, range: rangeIn(good.text, '  api_lb:', 'api_lb') }]);
  });

  test('a property of a file type, a group member, and an environment-mapped type -> the nested parameters', () => {
    assert.deepEqual(definition('allowed_cidrs', 1), [loc('common/templates/lb.yaml', 'allowed_cidrs')]);
    assert.deepEqual(definition('node_index'), [loc('demo_driver/templates/node.yaml', 'node_index')]);
    assert.deepEqual(sorted(definition('pool_id')), sorted([
      loc('common/templates/fragments/gateway_plain.yaml', 'pool_id'),
      loc('common/templates/fragments/gateway_pool.yaml', 'pool_id'),
    ]));
  });

  test('the type value -> the nested file itself', () => {
    assert.deepEqual(definition('node.yaml'), [{ path: fixturePath(`${DRIVERS}/demo_driver/templates/node.yaml`), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]);
  });

  test('nothing for plain values, unknown names, or an unreadable nested file', () => {
    assert.deepEqual(definition('OS::Heat::ResourceGroup'), []);
    const text = 'heat_template_version: 2018-08-31\nresources:\n  a:\n    type: gone.yaml\n    properties:\n      p: 1\n';
    assert.deepEqual(definitionAt(parseHeat(text), '/w/t.yaml', offsetOf(text, 'p: 1'), new MemoryHost({})), []);
  });
});

describe('navigation: find references', () => {
  const host = new DiskHost();

  test('a resource: its declaration and every get_attr/get_resource/depends_on naming it', () => {
    const text = 'heat_template_version: 2018-08-31\nresources:\n  a:\n    type: OS::Heat::Value\n  b:\n    type: OS::Heat::Value\n    depends_on: [a]\n    properties:\n      value: {get_attr: [a, value]}\n';
    const refs = referencesAt(parseHeat(text), '/w/t.yaml', offsetOf(text, 'a:') - 1, new MemoryHost({}), true);
    assert.deepEqual(refs.map((l) => l.range), [rangeIn(text, '  a:', 'a'), rangeIn(text, '[a]', 'a'), rangeIn(text, '[a,', 'a')]);
    assert.equal(referencesAt(parseHeat(text), '/w/t.yaml', offsetOf(text, 'a:') - 1, new MemoryHost({}), false).length, 2);
  });

  test('a nested parameter: its get_param uses and the parents passing it, also through an environment mapping', () => {
    const pool = file('common/templates/fragments/gateway_pool.yaml');
    const refs = referencesAt(pool.doc, pool.path, offsetOf(pool.text, 'node_ip'), host, true);
    assert.deepEqual(sorted(refs), sorted([
      loc('common/templates/fragments/gateway_pool.yaml', 'node_ip', 0),
      loc('common/templates/fragments/gateway_pool.yaml', 'node_ip', 1),
      loc('common/templates/fragments/gateway_pool.yaml', 'node_ip', 2),
      loc('demo_driver/templates/cluster-bad.yaml', 'node_ip'),
      loc('demo_driver/templates/cluster-good.yaml', 'node_ip'),
    ]));
  });

  test('from a parent property: the same set as from the nested declaration', () => {
    const good = file('demo_driver/templates/cluster-good.yaml');
    const lb = file('common/templates/lb.yaml');
    const fromParent = referencesAt(good.doc, good.path, offsetOf(good.text, 'allowed_cidrs', 1), host, true);
    const fromNested = referencesAt(lb.doc, lb.path, offsetOf(lb.text, 'allowed_cidrs'), host, true);
    assert.deepEqual(sorted(fromParent), sorted(fromNested));
    assert.deepEqual(sorted(fromNested), sorted([
      loc('common/templates/lb.yaml', 'allowed_cidrs', 0),
      loc('common/templates/lb.yaml', 'allowed_cidrs', 2),
      loc('demo_driver/templates/cluster-good.yaml', 'allowed_cidrs', 1),
    ]));
  });
});

describe('navigation: Heat environments', () => {
  test('a resource_registry value naming a template leads to that file; other values and missing files lead nowhere', () => {
    const path = fixturePath('heat/nested/env/registry-good.yaml');
    const text = readFileSync(path, 'utf8');
    const doc = parseHeat(text);
    const host = new DiskHost();
    assert.deepEqual(environmentDefinitionAt(doc, path, offsetOf(text, 'gateway_plain'), host), [
      { path: fixturePath(`${DRIVERS}/common/templates/fragments/gateway_plain.yaml`), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
    ]);
    assert.deepEqual(environmentDefinitionAt(doc, path, offsetOf(text, 'OS::Heat::None'), host), []);
    const bad = fixturePath('heat/nested/env/registry-bad.yaml');
    const badText = readFileSync(bad, 'utf8');
    assert.deepEqual(environmentDefinitionAt(parseHeat(badText), bad, offsetOf(badText, 'gateway_pools'), host), []);
  });
});
