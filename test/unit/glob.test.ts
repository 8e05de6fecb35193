import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileGlob, matchesAnyGlob } from '../../server/src/engine/core/util/glob';

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
});
