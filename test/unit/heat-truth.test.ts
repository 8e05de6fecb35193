import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { lint, LineIndex } from '../../server/src/engine';
import { fixturePath, lintFixture, lintText, only, REPO_ROOT } from '../support/fixtures';
import { MemoryHost } from '../support/memory-host';

// Issue 13: the checks Heat makes on parameters, outputs and resource keywords; each fixture carries
// Heat's own verdict (python3-heat, Zed, through the shared oracle) in its first line.
const ORACLE = join(REPO_ROOT, '..', 'shared', 'tools', 'heat_oracle.py');
const heatAvailable = () => {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import heat'], { stdio: 'ignore' });
    return existsSync(ORACLE);
  } catch {
    return false;
  }
};

/** rule -> [text around the finding, the text reported] in its bad fixture. */
const CASES: Record<string, [string, string]> = {
  'invalid-parameter-definition': ['integer', 'integer'],
  'invalid-parameter-default': ['m1.tiny', 'm1.tiny'],
  'invalid-output': ['address', 'address'],
  'invalid-function-arguments': ['get_attr: server', 'server'],
  'invalid-deletion-policy': ['retain', 'retain'],
  'invalid-depends-on': ['{get_resource: a}', '{get_resource: a}'],
  'circular-dependency': ['  a:', 'a'],
};

describe('Heat truth: parameters, outputs and resource keywords', () => {
  for (const [rule, [context, needle]] of Object.entries(CASES)) {
    test(`${rule}: the bad fixture gets exactly this error there; the good one nothing`, () => {
      const { text, diagnostics } = lintFixture(`heat/${rule}-bad.yaml`);
      const errors = diagnostics.filter((d) => d.severity === 'error');
      // past the verdict line, which may quote the same text
      const start = text.indexOf(needle, text.indexOf(context, text.indexOf('\n')));
      const index = new LineIndex(text);
      const range = index.rangeOf({ start, end: start + needle.length });
      assert.ok(errors.length > 0 && errors.every((d) => d.rule === rule), JSON.stringify(errors.map((d) => d.rule)));
      assert.ok(errors.some((d) => JSON.stringify(d.range) === JSON.stringify(range)), `${rule}: ${JSON.stringify(errors.map((d) => d.range))} vs ${JSON.stringify(range)}`);
      const good = lintFixture(`heat/${rule}-good.yaml`).diagnostics;
      assert.deepEqual([...only(good, rule), ...good.filter((d) => d.severity === 'error')], []);
    });
  }

  test('Heat itself rejects every bad fixture and accepts every good one', { skip: !heatAvailable() && 'python3-heat or the shared oracle is missing' }, () => {
    const files = Object.keys(CASES).flatMap((rule) => [fixturePath(`heat/${rule}-bad.yaml`), fixturePath(`heat/${rule}-good.yaml`)]);
    const verdicts = execFileSync('/usr/bin/python3', [ORACLE, '--fill', ...files], { encoding: 'utf8', timeout: 300_000 }).trim().split('\n');
    verdicts.forEach((line, i) => assert.match(line, i % 2 === 0 ? / ERR / : / OK$/, line));
  });

  test('messages name the cycle and the constraint broken', () => {
    const cycle = only(lintText('t.yaml', 'heat_template_version: 2018-08-31\nresources:\n  a: {type: OS::Heat::None, depends_on: b}\n  b: {type: OS::Heat::None, depends_on: c}\n  c: {type: OS::Heat::None, depends_on: a}\n'), 'circular-dependency');
    assert.deepEqual(cycle.map((d) => d.message), ['Circular dependency: a -> b -> c -> a; none of them can be created first, so Heat rejects the template.']);
    const pattern = only(lintText('t.yaml', 'heat_template_version: 2018-08-31\nparameters:\n  k:\n    type: string\n    default: ""\n    constraints:\n      - allowed_pattern: "[a-z]+"\nresources: {}\n'), 'invalid-parameter-default');
    assert.equal(pattern[0].message, "The default of parameter 'k' breaks its own constraint: it does not match its allowed_pattern. Heat rejects the template.");
  });

  test('a lone resource name in get_attr is fine from 2015-10-15 on; unknown output keys are warnings (Heat ignores them)', () => {
    const template = (version: string) => `heat_template_version: ${version}\nresources:\n  r: {type: OS::Heat::None}\noutputs:\n  o:\n    value: {get_attr: [r]}\n    Description: x\n`;
    assert.deepEqual(lintText('t.yaml', template('2015-10-15')).map((d) => [d.rule, d.severity]), [['invalid-output', 'warning']]);
    assert.deepEqual(only(lintText('t.yaml', template('2015-04-30')), 'invalid-function-arguments').map((d) => d.severity), ['error']);
  });
});

describe('Heat truth: environments that apply', () => {
  const parent = 'heat_template_version: 2018-08-31\nresources:\n  svc:\n    type: OS::Site::Service\n  base:\n    type: base.yaml\n';
  const files = {
    '/p/base.yaml': 'heat_template_version: 2018-08-31\nparameters:\n  Password:\n    type: string\n',
    '/p/env.yaml': 'resource_registry:\n  OS::Site::Service: OS::Heat::None\nparameter_defaults:\n  Password: secret\n',
    '/p/other.yaml': 'parameter_defaults:\n  Unrelated: 1\n',
  };
  const run = (environments?: string[]) => lint({ path: '/p/top.yaml', text: parent, host: new MemoryHost(files) }, { environments }).diagnostics
    .map((d) => [d.rule, d.severity]);

  test('without environments, what only an environment can supply is a warning', () => {
    assert.deepEqual(run(), [['unknown-resource-type', 'warning'], ['nested-parameter-mismatch', 'warning']]);
  });
  test("an environment's resource_registry and parameter_defaults supply them: nothing to report", () => {
    assert.deepEqual(run(['/p/env.yaml']), []);
  });
  test('environments that supply neither: errors', () => {
    assert.deepEqual(run(['/p/other.yaml']), [['unknown-resource-type', 'error'], ['nested-parameter-mismatch', 'error']]);
  });
  test('a resource adopting an existing one (external_id) needs no required properties', () => {
    assert.deepEqual(lintText('t.yaml', 'heat_template_version: 2018-08-31\nresources:\n  s:\n    type: OS::Nova::Server\n    external_id: abc\n'), []);
  });
});

// The sample of public templates lives outside the repository (see scripts/corpus/heat-agreement.mjs).
const CORPUS = process.env.HEAT_CORPUS ?? '/work/ext/heat-corpus';
const hasCorpus = existsSync(CORPUS) && existsSync(join(CORPUS, '..', 'heat-verdicts.json'));
describe('Heat truth on the public-template sample', { skip: !hasCorpus && `no corpus at ${CORPUS} (set HEAT_CORPUS)` }, () => {
  test('false errors on at most 1% of what Heat accepts; an error on at least 80% of what it rejects, a warning on the rest', () => {
    const out = execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'corpus', 'heat-agreement.mjs'), CORPUS, '--json'], { encoding: 'utf8', timeout: 600_000 });
    const report = JSON.parse(out);
    assert.ok(report.accepted.total > 0 && report.rejected.total > 0);
    assert.ok(report.accepted.falseErrorPercent <= 1, `false errors ${report.accepted.falseErrorPercent}%: ${JSON.stringify(report.falseErrorRules)}`);
    assert.ok(report.rejected.errorPercent >= 80, `errors on ${report.rejected.errorPercent}% of rejected templates`);
  });
});

describe('Heat truth: registry targets rendered at deploy time', () => {
  test('a target a *.j2.yaml beside it renders is information, not an error', () => {
    const host = new MemoryHost({ '/t/env.yaml': '', '/t/svc.j2.yaml': 'x', '/t/role.role.j2.yaml': 'x' });
    const text = 'resource_registry:\n  OS::A: svc.yaml\n  OS::B: controller-role.yaml\n  OS::C: missing.yaml\n';
    const found = lint({ path: '/t/env.yaml', text, host }).diagnostics.map((d) => [d.severity, d.message]);
    assert.deepEqual(found, [
      ['information', "'svc.yaml' is not in the tree: it is rendered at deploy time from svc.j2.yaml, so it is not checked here."],
      ['information', "'controller-role.yaml' is not in the tree: it is rendered at deploy time from role.role.j2.yaml, so it is not checked here."],
      ['error', "'OS::C' is mapped to 'missing.yaml', which does not exist (resolved to /t/missing.yaml); stacks using this environment fail to create 'OS::C' resources."],
    ]);
  });
});
