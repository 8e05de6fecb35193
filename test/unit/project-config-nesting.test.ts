/** A `.magnum-heat.yaml` nested thousands of levels deep is reported, not parsed (the parser would run at the stack's edge). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseProjectConfig } from '../../server/src/engine/languages/project-config/parse';
import { flowNestingBeyond } from '../../server/src/engine/languages/yaml/nesting';

describe('project config: flow nesting bound', () => {
  test('the offset of the bracket past the limit; balanced or shallow text passes', () => {
    assert.equal(flowNestingBeyond('a: [[[b]]]', 2), 5);
    assert.equal(flowNestingBeyond('a: [b] [c] {d: [e]}', 2), undefined);
    assert.equal(flowNestingBeyond(']]]] [[', 2), undefined, 'a stray closing bracket does not go below zero');
  });

  test('10,000 levels: one project-config-invalid finding where it gets too deep, and nothing applies', () => {
    const text = `release: stein\nrules: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const { config, diagnostics } = parseProjectConfig(text);
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.message, d.range.start]), [
      ['project-config-invalid', 'YAML: nested more than 100 levels deep; the file is not read', { line: 1, character: 7 + 100 }],
    ]);
    assert.equal(config.release, undefined);
  });
});
