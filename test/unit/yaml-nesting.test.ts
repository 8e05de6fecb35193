import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lint } from '../../server/src/engine';
import { parseProjectConfig } from '../../server/src/engine/settings';
import { MAX_YAML_DEPTH, tooDeepAt } from '../../server/src/engine/languages/yaml/nesting';

const deepFlow = (n: number) => `nested: ${'['.repeat(n)}x${']'.repeat(n)}\n`;

describe('YAML nested too deep is never handed to the parser (a stack overflow there can abort the process)', () => {
  test('flow nesting: the offset of the first bracket past the limit; quoted and commented brackets do not count', () => {
    assert.equal(tooDeepAt(deepFlow(MAX_YAML_DEPTH)), undefined);
    assert.equal(tooDeepAt(deepFlow(MAX_YAML_DEPTH + 1)), 'nested: '.length + MAX_YAML_DEPTH);
    assert.equal(tooDeepAt(`a: "${'['.repeat(5000)}"\nb: '${'{'.repeat(5000)}'\n# ${'['.repeat(5000)}\n`), undefined);
  });

  test('block nesting: a line indented or dashed past the limit', () => {
    const dashes = `${'- '.repeat(3000)}x\n`;
    assert.equal(tooDeepAt(`ok: 1\n${dashes}`), 'ok: 1\n'.length);
    assert.equal(tooDeepAt(`a:\n${' '.repeat(100)}b: 1\n`), undefined);
  });

  test('a .magnum-heat.yaml nested 10,000 deep is one project-config-invalid error, the process survives', () => {
    const { config, diagnostics } = parseProjectConfig(`release: stein\n${deepFlow(10_000)}`);
    assert.deepEqual(config.overrides, []);
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.message, d.range.start.line]), [['project-config-invalid', 'YAML: the nesting is too deep to be parsed here', 1]]);
  });

  test('a Heat template nested 10,000 deep in a flow map: one yaml-syntax error where the nesting passes the limit', () => {
    const text = `heat_template_version: 2018-08-31\noutputs:\n  o:\n    value: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`;
    const found = lint({ path: 't.yaml', text }).diagnostics.filter((d) => d.rule === 'yaml-syntax');
    assert.deepEqual(found.map((d) => [d.message, d.range.start.line]), [['YAML error: the nesting is too deep to be parsed here', 3]]);
  });
});
