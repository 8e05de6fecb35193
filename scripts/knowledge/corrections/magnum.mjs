// Hand-written additions to the Magnum driver facts (applied by magnum.mjs).

/** Our words for the conditions that are neither a label nor a field. */
export const CONDITION_WORDS = {
  'fixed subnet resolved to an id': 'the fixed subnet resolves to an id',
  'keypair public key found (non-empty)': "the keypair's public key is found",
  'scale/resize with a scale manager': 'a scale or resize goes through a scale manager',
  'resize called with nodes_to_remove': 'a resize names nodes to remove',
  'upgrade of a non-default nodegroup': 'a non-default node group is upgraded',
};
