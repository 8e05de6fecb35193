import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileGlob, matchesAnyGlob, MAX_GLOB_LENGTH } from '../../server/src/engine/core/util/glob';
import { parseProjectConfig } from '../../server/src/engine/settings';

describe('glob matching', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*.yaml', '/w/templates/kubecluster.yaml', true],
    ['*.yaml', '/w/templates/kubecluster.yml', false],
    ['templates/*.yaml', '/w/drivers/k8s/templates/kubecluster.yaml', true],
    ['templates/*.yaml', '/w/drivers/k8s/templates/fragments/a.yaml', false],
    ['templates/**/*.yaml', '/w/drivers/k8s/templates/fragments/a.yaml', true],
    ['templates/**/*.yaml', '/w/drivers/k8s/templates/a.yaml', true],
    ['**/nested/*.y?ml', '/w/nested/volume.yaml', true],
    ['*.{yaml,yml}', '/w/a.yml', true],
    ['kube[a-z]*.yaml', '/w/kubemaster.yaml', true],
    ['kube[!a-z]*.yaml', '/w/kubemaster.yaml', false],
    ['/w/only/*.yaml', '/w/only/x.yaml', true],
    ['/w/only/*.yaml', '/v/w/only/x.yaml', false],
    ['a.b', '/w/axb', false],
    ['nested/*.yaml', 'C:\\w\\nested\\volume.yaml', true],
    ['./nested/*.yaml', '/w/nested/volume.yaml', true],
  ];
  for (const [glob, path, expected] of cases) {
    test(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      assert.equal(compileGlob(glob)(path), expected);
    });
  }

  test('matchesAnyGlob: any of the globs', () => {
    assert.equal(matchesAnyGlob('/w/x.yml', ['*.yaml', '*.yml']), true);
    assert.equal(matchesAnyGlob('/w/x.json', ['*.yaml', '*.yml']), false);
    assert.equal(matchesAnyGlob('/w/x.yaml', []), false);
  });

  test('a pattern too long or too deeply nested to compile safely is refused, not compiled', () => {
    // Thousands of nested {} groups make V8 abort the process while compiling the regular expression.
    assert.throws(() => compileGlob('{'.repeat(400) + 'a' + '}'.repeat(400)), /more than 16 nested \{\} groups/);
    assert.throws(() => compileGlob('a'.repeat(MAX_GLOB_LENGTH + 1)), /longer than 1024 characters/);
    assert.equal(compileGlob('{a,{b,{c,d}}}.yaml')('/w/d.yaml'), true);
  });

  test('such a glob in .magnum-heat.yaml is reported as invalid, and the rest of the file applies', () => {
    const text = `release: stein\nignore:\n  - "${'{'.repeat(5000)}x${'}'.repeat(5000)}"\n`;
    const { config, diagnostics } = parseProjectConfig(text);
    assert.equal(config.release, 'stein');
    assert.deepEqual(config.ignore, []);
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.range.start.line]), [['project-config-invalid', 2]]);
  });
});
