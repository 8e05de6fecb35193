/**
 * Hostile content (issue 16): files built to make the engine do unbounded work or flood its output.
 * Each case is bounded in time by the test's timeout; each took seconds to minutes before the bounds.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, fixAll, lint, type Diagnostic } from '../../server/src/engine';
import { MAX_FINDINGS_PER_FILE } from '../../server/src/engine/core/limits';
import { billionLaughs, deepTemplate, HEAT_HEAD } from '../support/hostile-yaml';

const lintConf = (text: string) => lint({ path: '/etc/magnum/magnum.conf', text }).diagnostics;
const rules = (ds: Diagnostic[]) => [...new Set(ds.map((d) => d.rule))].sort();

describe('bounds on what one file costs', () => {
  test('a magnum.conf of a million junk lines: 1000 findings and one note, not a crash', { timeout: 30_000 }, () => {
    const all = lintConf('a\n'.repeat(1_000_000));
    assert.equal(all.length, MAX_FINDINGS_PER_FILE + 1);
    assert.equal(all[0].rule, 'analysis-limit');
    assert.deepEqual(all[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(all[0].message, /first 1000 findings of this file/);
    assert.deepEqual(rules(all.slice(1)), ['conf-syntax']);
    assert.deepEqual(all.slice(1).map((d) => d.range.start.line), [...Array(MAX_FINDINGS_PER_FILE).keys()], 'the first findings in document order');
  });

  test('a magnum.conf over 2 MiB is not parsed: one analysis-limit finding', { timeout: 30_000 }, () => {
    const found = lintConf('[DEFAULT]\n' + 'debug = maybe\n'.repeat(200_000));
    assert.equal(found.length, 1);
    assert.equal(found[0].rule, 'analysis-limit');
    assert.match(found[0].message, /^This file has 2735 KiB, more than the 2048 KiB magnum-heat checks in a magnum\.conf: it is not checked\.$/);
  });

  test('rules: { analysis-limit: off } drops the note, not the bound', { timeout: 30_000 }, () => {
    const found = lint({ path: 'x.conf', text: 'a\n'.repeat(20_000) }, { rules: { 'analysis-limit': 'off' } }).diagnostics;
    assert.equal(found.length, MAX_FINDINGS_PER_FILE);
    assert.deepEqual(rules(found), ['conf-syntax']);
  });

  test('a chain of 9000 merge keys (700 KB) is checked in bounded time', { timeout: 20_000 }, () => {
    const lines = ['heat_template_version: 2018-08-31', 'resources:', '  r0:', '    type: OS::Nova::Server', '    properties: &p0', '      image: x'];
    for (let i = 1; i < 9000; i++) lines.push(`  r${i}:`, '    type: OS::Nova::Server', `    properties: &p${i}`, `      <<: *p${i - 1}`, `      k${i}: x`);
    const text = lines.join('\n') + '\n';
    assert.ok(text.length > 700_000);
    const started = Date.now();
    const found = lint({ path: 'chain.yaml', text }).diagnostics;
    assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
    assert.equal(found[0].rule, 'analysis-limit');
    // Merges apply while the budget lasts: r1 inherits image from r0, so only flavor is missing.
    const r1 = found.filter((d) => d.range.start.line === 8).map((d) => d.message);
    assert.deepEqual(r1, ["OS::Nova::Server requires property 'flavor'; it is missing. Heat fails the stack create."]);
  });

  test('20,000 aliases to a 2,000-key map are checked in bounded time', { timeout: 20_000 }, () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `      k${i}: v`).join('\n');
    const text = `heat_template_version: 2018-08-31\nresources:\n  holder:\n    type: OS::Heat::None\n    metadata: &big\n${keys}\n`
      + `  port:\n    type: OS::Neutron::Port\n    properties:\n      network: n\n      fixed_ips: [${Array(20_000).fill('*big').join(',')}]\n`;
    const started = Date.now();
    const found = lint({ path: 'aliases.yaml', text }).diagnostics;
    assert.ok(Date.now() - started < 6_000, `took ${Date.now() - started} ms`);
    // Each unknown key of the aliased map is reported once, where it is written.
    const unknown = found.filter((d) => d.rule === 'unknown-property');
    assert.equal(unknown.length, 1000);
    assert.equal(new Set(unknown.map((d) => d.range.start.line)).size, 1000);
  });
});

describe('one --fix run reaches the fixed point', () => {
  test('a top-level template missing 157 parameters Magnum passes is fixed in one fixAll', { timeout: 60_000 }, () => {
    const path = '/src/magnum/drivers/k8s_fedora_coreos_v1/templates/kubecluster.yaml';
    const text = 'heat_template_version: 2018-08-31\nparameters:\n  ssh_key_name:\n    type: string\nresources: {}\n';
    const lintText = (t: string) => lint({ path, text: t }).diagnostics;
    const missing = lintText(text).filter((d) => d.rule === 'magnum-parameter-missing');
    assert.ok(missing.length > 64, `more than the 64 passes the loop allows (${missing.length})`);
    const fixed = fixAll(text, lintText);
    assert.deepEqual(lintText(fixed).filter((d) => d.rule === 'magnum-parameter-missing'), []);
    assert.equal(fixAll(fixed, lintText), fixed, 'a second run changes nothing');
    const declared = [...fixed.matchAll(/^ {2}(\w+):$/gm)].map((m) => m[1]);
    assert.deepEqual(declared.slice(0, 3), ['ssh_key_name', ...missing.slice(0, 2).map((d) => /'(\w+)'/.exec(d.message)![1])], 'in the order of the findings');
  });

  test('stackable inserts of different rules at one place still wait for a pass each', () => {
    const at = { line: 0, character: 0 };
    const edit = (newText: string, rule: string) => ({ range: { start: at, end: at }, newText, stackable: true as const, rule });
    assert.deepEqual(applyEdits('x', [edit('a', 'r1'), edit('b', 'r1'), edit('c', 'r2')]), { text: 'abx', applied: 1 });
    assert.deepEqual(applyEdits('x', [{ range: { start: at, end: at }, newText: 'a' }, { range: { start: at, end: at }, newText: 'b' }]), { text: 'ax', applied: 1 });
  });
});

describe('what held (issue 16): alias bombs and deep nesting give one clear finding, fast', () => {
  test('billion laughs: alias-expansion on the alias that stands for the most, with the counts', { timeout: 10_000 }, () => {
    const text = billionLaughs();
    const started = Date.now();
    const found = lint({ path: 'laughs.yaml', text }).diagnostics.filter((d) => d.rule === 'alias-expansion');
    assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms`);
    const at = text.lastIndexOf('*a9');
    const line = text.slice(0, at).split('\n').length - 1;
    const character = at - text.lastIndexOf('\n', at) - 1;
    assert.deepEqual(found.map((d) => [d.severity, d.range]), [['error', { start: { line, character }, end: { line, character: character + 3 } }]]);
    assert.match(found[0].message, /^With its aliases written out this template has 2,345,679,041 YAML nodes \(131 as written; this alias alone stands for 1,111,111,111\)\. /);
  });

  test('a thousand copies through aliases (real sharing) is not reported', () => {
    const text = `${HEAT_HEAD}parameters:\n  p:\n    type: json\n    default:\n      a0: &a0 {k: v}\n      a1: &a1 [${Array(10).fill('*a0').join(', ')}]\n      a2: [${Array(100).fill('*a1').join(', ')}]\n`;
    assert.deepEqual(lint({ path: 'shared.yaml', text }).diagnostics.filter((d) => d.rule === 'alias-expansion'), []);
  });

  for (const name of ['flow sequences', 'flow maps', 'compact block sequences'] as const) {
    test(`10,000-deep ${name}: one yaml-syntax error saying the nesting is too deep`, { timeout: 20_000 }, () => {
      const started = Date.now();
      const found = lint({ path: 'deep.yaml', text: deepTemplate(name) }).diagnostics.filter((d) => d.rule === 'yaml-syntax');
      assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
      assert.deepEqual(found.map((d) => [d.severity, d.message]), [['error', 'YAML error: the nesting is too deep to be parsed here']]);
    });
  }
});
