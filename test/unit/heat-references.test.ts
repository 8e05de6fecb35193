import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

describe('undefined-resource', () => {
  const RULE = 'undefined-resource';

  test('reports unknown names in depends_on (string and list), get_resource and get_attr', () => {
    const { text, diagnostics } = lintFixture('heat/undefined-resource-bad.yaml');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => d.range), [
      rangeOf(text, 'wait_handle'), rangeOf(text, 'master_prt'), rangeOf(text, 'router'),
      rangeOf(text, 'external_network', 1), rangeOf(text, 'master_fip'),
    ]);
    assert.match(found[0].message, /depends_on names 'wait_handle', which is not a resource of this template/);
    assert.match(found[3].message, /'external_network' is a parameter, not a resource/);
  });

  test('fixes: the close resource name; get_param for a parameter', () => {
    const { text, diagnostics } = lintFixture('heat/undefined-resource-bad.yaml');
    const found = only(diagnostics, RULE);
    assert.equal(applyFix(text, found[1]), text.replace('{get_resource: master_prt}', '{get_resource: master_port}'));
    const fixed = applyFix(text, found[3]);
    assert.equal(fixed, text.replace('{get_resource: external_network}', '{get_param: external_network}'));
    assert.equal(only(lintText('t.yaml', fixed), RULE).length, 4);
  });

  test('defined names pass', () => {
    assert.deepEqual(lintFixture('heat/undefined-resource-good.yaml').diagnostics, []);
  });
});

describe('unknown-attribute', () => {
  const RULE = 'unknown-attribute';

  test('reports attributes the type lacks, also behind a Magnum alias with one real type', () => {
    const { text, diagnostics } = lintFixture('heat/unknown-attribute-bad.yaml');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => d.range), [rangeOf(text, 'network]'), rangeOf(text, 'sise')].map((r, i) => (i === 0 ? { ...r, end: { ...r.end, character: r.end.character - 1 } } : r)));
    assert.match(found[0].message, /OS::Nova::Server 'master' has no attribute 'network' \(did you mean 'networks'\?\)/);
    assert.equal(applyFix(text, found[0]), text.replace('[master, network]', '[master, networks]'));
    assert.equal(applyFix(text, found[1]), text.replace('[volume, sise]', '[volume, size]'));
  });

  test('dynamic attributes, show, nested templates and ambiguous aliases pass', () => {
    assert.deepEqual(lintFixture('heat/unknown-attribute-good.yaml').diagnostics, []);
  });
});

describe('unused-parameter', () => {
  const RULE = 'unused-parameter';

  test('a parameter nothing reads is a hint, tagged unnecessary, with a removal fix that is not preferred', () => {
    const { text, diagnostics } = lintFixture('heat/unused-parameter-bad.yaml');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => d.range), [rangeOf(text, 'old_flavor'), rangeOf(text, 'zone')]);
    assert.ok(found.every((d) => d.severity === 'hint' && d.tags?.includes('unnecessary')));
    assert.ok(found.every((d) => d.fixes.length === 1 && !d.fixes[0].isPreferred));
    const fixed = applyFix(text, found[0], /Remove parameter 'old_flavor'/);
    assert.equal(fixed, text.replace('  old_flavor:\n    type: string\n    default: m1.tiny\n', ''));
  });

  test('reads in conditions and the list form of get_param count', () => {
    assert.deepEqual(lintFixture('heat/unused-parameter-good.yaml').diagnostics, []);
  });

  test('nothing is reported when a get_param computes the name it reads', () => {
    const text = [
      'heat_template_version: 2018-08-31',
      'parameters:',
      '  which: {type: string, default: a}',
      '  a: {type: string, default: x}',
      'outputs:',
      '  out: {value: {get_param: {get_param: which}}}',
      '',
    ].join('\n');
    assert.deepEqual(only(lintText('t.yaml', text), RULE), []);
  });
});

describe('duplicate-key', () => {
  const RULE = 'duplicate-key';

  test('every overridden entry is a warning with related information on the winning entry', () => {
    const { text, diagnostics } = lintFixture('heat/duplicate-key-bad.yaml');
    const found = only(diagnostics, RULE);
    assert.deepEqual(found.map((d) => d.range), [rangeOf(text, 'fixed_subnet_cidr'), rangeOf(text, '$CIDR', 1)]);
    assert.ok(found.every((d) => d.severity === 'warning'));
    assert.deepEqual(found.map((d) => d.related), [
      [{ range: rangeOf(text, 'fixed_subnet_cidr', 1), message: "The 'fixed_subnet_cidr' entry Heat uses." }],
      [{ range: rangeOf(text, '$CIDR', 2), message: "The '$CIDR' entry Heat uses." }],
    ]);
    assert.match(found[0].message, /'fixed_subnet_cidr' appears again on line 9; Heat keeps only the last entry/);
  });

  test('the fix removes the ignored block entry; entries inside a flow mapping get no fix', () => {
    const { text, diagnostics } = lintFixture('heat/duplicate-key-bad.yaml');
    const [block, flow] = only(diagnostics, RULE);
    const fixed = applyFix(text, block);
    assert.equal(fixed, text.replace('  fixed_subnet_cidr:\n    type: string\n    default: 10.0.0.0/24\n', ''));
    assert.equal(only(lintText('t.yaml', fixed), RULE).length, 1);
    assert.deepEqual(flow.fixes, []);
  });

  test('the same key in different mappings is fine', () => {
    assert.deepEqual(lintFixture('heat/duplicate-key-good.yaml').diagnostics, []);
  });
});
