import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { lint } from '../../server/src/engine';
import { nodeAt } from '../../server/src/engine/languages/heat/node-at';
import { MAX_PARSED_LENGTH } from '../../server/src/engine/languages/heat/template';
import { walk } from '../../server/src/engine/languages/heat/yaml-nodes';
import { LineIndex } from '../../server/src/engine/core/text';
import { checkEngine } from '../fuzz/check-engine';
import { aliasBomb, deepFlow, MUTATIONS } from '../fuzz/mutations';
import { Random } from '../fuzz/random';
import { corpusSeeds, repositorySeeds, type SeedDocument } from '../fuzz/seeds';

const HEAT_HEAD = 'heat_template_version: 2018-08-31\n';
const HEAD_LINE_LENGTH = HEAT_HEAD.length - 1;
const TEMPLATE = 'template.yaml';
const CONF = 'magnum.conf';

function assertNoProblems(problems: string[]): void {
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} broken invariants`);
}

/**
 * Each seed gets `perSeed` cheap mutations, rotating through the list so that every mutation meets
 * many seeds; the heavy ones (huge, deeply nested or aliased documents) go to one conf and one
 * template only. Each text is also fed to the other parser (through an editor language id).
 */
// Timeouts turn a pathological slowdown (a hang) into a failure instead of a stuck suite.
describe('fuzz: damaged documents never break the engine', { timeout: 120_000 }, () => {
  const repository = repositorySeeds();
  const corpus = corpusSeeds(6);

  test('the seeds exist', () => {
    assert.ok(repository.some((s) => s.path.endsWith('.conf')) && repository.some((s) => s.path.endsWith('.yaml')), 'confs and templates among the fixtures');
  });

  function fuzz(seeds: SeedDocument[], seed: number, perSeed: number): string[] {
    const random = new Random(seed);
    const cheap = MUTATIONS.filter((m) => !m.heavy);
    const heavySeeds = new Set([seeds.find((s) => s.path.endsWith('.conf')), seeds.find((s) => /\.ya?ml$/.test(s.path))]);
    const problems: string[] = [];
    seeds.forEach((document, index) => {
      const mutations = Array.from({ length: perSeed }, (_, j) => cheap[(index * perSeed + j) % cheap.length]);
      if (heavySeeds.has(document)) mutations.push(...MUTATIONS.filter((m) => m.heavy));
      for (const mutation of mutations) {
        const text = mutation.apply(document.text, random);
        const languageId = random.pick([undefined, 'yaml', 'magnum-conf']);
        const run = checkEngine(document.path, text, random, languageId ? { languageId } : {});
        problems.push(...run.problems.map((p) => `${document.path} / ${mutation.name} / ${languageId ?? 'by path'}: ${p}`));
      }
    });
    return problems;
  }

  test('fixtures and examples', () => {
    assertNoProblems(fuzz(repository, 0x5eed, 2));
  });

  test('upstream corpus sample', { skip: corpus.length === 0 && 'no corpus' }, () => {
    assertNoProblems(fuzz(corpus, 0xc0ffee, 3));
  });

  test('mutations stacked on mutations', () => {
    const random = new Random(42);
    const problems: string[] = [];
    for (let i = 0; i < 60; i++) {
      const document = random.pick(repository);
      let text = document.text;
      for (let depth = 0; depth < 4; depth++) {
        const mutation = random.pick(MUTATIONS.filter((m) => !m.heavy));
        text = mutation.apply(text, random);
      }
      problems.push(...checkEngine(document.path, text, random).problems.map((p) => `${document.path} #${i}: ${p}`));
    }
    assertNoProblems(problems);
  });
});

describe('fuzz: pathological documents', { timeout: 120_000 }, () => {
  const random = new Random(7);
  const cases: Array<[string, string, string]> = [
    ['10k-deep flow sequences', TEMPLATE, `${HEAT_HEAD}resources:\n  a: ${deepFlow(10_000)}\n`],
    ['10k-deep flow maps', TEMPLATE, `${HEAT_HEAD}resources:\n  a: ${deepFlow(10_000, '{a: ', '}')}\n`],
    ['10k-deep function calls', TEMPLATE, `${HEAT_HEAD}resources:\n  a: ${deepFlow(10_000, '{get_param: [', ']}')}\n`],
    ['10k-deep compact block sequences', TEMPLATE, `${HEAT_HEAD}resources:\n  a:\n    ${'- '.repeat(10_000)}{get_param: x}\n`],
    ['2k-deep block maps', TEMPLATE, `${HEAT_HEAD}resources:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(2 + i)}k${i}:`).join('\n')}\n`],
    ['alias bomb', TEMPLATE, `${HEAT_HEAD}parameters:\n${aliasBomb(12).replace(/^/gm, '  ')}\nresources:\n  r:\n    type: OS::Heat::None\n    properties: {x: *a12, y: {get_param: [*a12, z]}}\n`],
    ['merge-key chain', TEMPLATE, `${HEAT_HEAD}resources:\n  base: &r0 {type: OS::Heat::None}\n${Array.from({ length: 2000 }, (_, i) => `  r${i + 1}: &r${i + 1}\n    <<: *r${i}\n    p${i}: 1`).join('\n')}\n`],
    ['merge-key bomb', TEMPLATE, `${HEAT_HEAD}resources:\n  r0: &a0 {type: OS::Heat::None, properties: {k0: 1}}\n${Array.from({ length: 12 }, (_, i) => `  r${i + 1}: &a${i + 1}\n    <<: [${Array(10).fill(`*a${i}`).join(', ')}]\n    type: OS::Nova::Server`).join('\n')}\n`],
    ['alias cycle', TEMPLATE, `${HEAT_HEAD}resources: &r\n  a:\n    type: OS::Neutron::SecurityGroup\n    properties: {rules: *r}\n`],
    ['undefined aliases', TEMPLATE, `${HEAT_HEAD}resources:\n  a: *nowhere\n  b: {get_param: *nothing}\n`],
    ['only NUL characters', TEMPLATE, '\0'.repeat(1000)],
    ['only a BOM', TEMPLATE, '\ufeff'],
    ['only line breaks', TEMPLATE, '\r\r\n\n\r'],
    ['heat_template_version only', TEMPLATE, 'heat_template_version:'],
    ['one huge line of a template', TEMPLATE, `${HEAT_HEAD}description: ${'x'.repeat(1_000_000)}\n`],
    ['10k continuation lines', CONF, `[DEFAULT]\nkey = v\n${' more\n'.repeat(10_000)}`],
    ['one huge conf line', CONF, `[DEFAULT]\nkey = ${'x '.repeat(500_000)}\n`],
    ['10k unterminated section headers', CONF, '[DEFAULT\n'.repeat(10_000)],
    ['a conf of random bytes', CONF, random.bytes(100_000).toString('utf8')],
  ];
  for (const [name, path, text] of cases) {
    test(name, () => assertNoProblems(checkEngine(path, text, random, {}, 8).problems));
  }

  test('above the size limit only file-too-large is reported, on the first line', () => {
    const text = `${HEAT_HEAD}resources:\n  a: {get_param: undeclared}\n  b: [${'x, '.repeat(MAX_PARSED_LENGTH / 3)}]\n`;
    const { kind, diagnostics } = lint({ path: TEMPLATE, text });
    assert.equal(kind, 'heat-template');
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.severity, d.range]), [['file-too-large', 'warning', { start: { line: 0, character: 0 }, end: { line: 0, character: HEAD_LINE_LENGTH } }]]);
    assert.match(diagnostics[0].message, /^This template has \d+ KiB, more than the 2048 KiB magnum-heat parses/);
  });

  test('at the size limit every check runs: the same findings as without the padding', () => {
    const text = `${HEAT_HEAD}resources:\n  a: {get_param: undeclared}\n`;
    const padded = text + `#${'x'.repeat(MAX_PARSED_LENGTH - text.length - 2)}\n`;
    assert.equal(padded.length, MAX_PARSED_LENGTH);
    const rules = (t: string) => lint({ path: TEMPLATE, text: t }).diagnostics.map((d) => `${d.rule} ${JSON.stringify(d.range)}`);
    assert.ok(rules(text).some((r) => r.startsWith('undefined-parameter')));
    assert.deepEqual(rules(padded), rules(text));
  });
});

describe('positions', () => {
  test('an offset inside a CRLF line break maps to the end of its line', () => {
    const index = new LineIndex('ab\r\ncd\r\n');
    assert.deepEqual([2, 3, 4].map((offset) => index.positionAt(offset)), [{ line: 0, character: 2 }, { line: 0, character: 2 }, { line: 1, character: 0 }]);
  });
});

describe('walks over deep trees are iterative', () => {
  /** A YAML tree 100k levels deep, far beyond what recursion survives. */
  function deepTree(depth: number): { root: YAMLSeq; leaf: Scalar } {
    const leaf = new Scalar('leaf');
    leaf.range = [depth, depth + 4, depth + 4];
    let node: YAMLSeq | YAMLMap = new YAMLSeq();
    (node as YAMLSeq).items.push(leaf);
    for (let level = depth - 1; level >= 0; level--) {
      const parent: YAMLSeq | YAMLMap = level % 2 ? new YAMLSeq() : new YAMLMap();
      if (parent instanceof YAMLMap) {
        const key = new Scalar(`k${level}`);
        key.range = [level, level, level];
        parent.items.push(new Pair(key, node));
      } else {
        parent.items.push(node);
      }
      node.range = [level + 1, depth + 5, depth + 5];
      node = parent;
    }
    node.range = [0, depth + 5, depth + 5];
    return { root: node as YAMLSeq, leaf };
  }

  // deepTree(depth) holds depth + 1 collections (one per level and the innermost sequence) and the leaf.
  test('walk visits every node of a 100k-deep tree, in document order', () => {
    const { root, leaf } = deepTree(100_000);
    const visited: unknown[] = [];
    walk(root, (node) => visited.push(node));
    assert.equal(visited.length, 100_002);
    assert.equal(visited[0], root);
    assert.equal(visited[visited.length - 1], leaf);
  });

  test('nodeAt finds the leaf of a 100k-deep tree', () => {
    const { root, leaf } = deepTree(100_000);
    const found = nodeAt(root, 100_002);
    assert.equal(found?.node, leaf);
    assert.equal(found?.parents.length, 100_001);
  });
});
