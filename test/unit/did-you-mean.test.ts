import assert from 'node:assert/strict';
import { test } from 'node:test';
import { didYouMean, editDistance } from '../../server/src/engine/core/util/did-you-mean';

test('editDistance counts insertions, deletions and substitutions', () => {
  assert.equal(editDistance('auth_url', 'auth_uri'), 1);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3, 'stops early past the limit');
});

test('didYouMean proposes only a unique, close candidate', () => {
  assert.equal(didYouMean('volume_tpye', ['volume_type', 'volume_size', 'name']), 'volume_type');
  assert.equal(didYouMean('imag', ['image', 'name']), 'image');
  assert.equal(didYouMean('flavour', ['flavor']), 'flavor');
  assert.equal(didYouMean('zzz', ['image', 'flavor']), undefined, 'nothing close');
  assert.equal(didYouMean('ab', ['ac', 'ad']), undefined, 'a tie is not a suggestion');
});
