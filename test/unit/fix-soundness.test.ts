import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDocument } from 'yaml';
import { fixAll } from '../../server/src/engine/core/fix';
import { lint } from '../../server/src/engine';
import { ALL_RULES } from '../../server/src/engine/languages/registry';
import type { Diagnostic, Fix } from '../../server/src/engine/core/types';
import { CORPUS, corpusRelease } from '../support/corpus';
import { corpusSeeds, repositorySeeds } from '../fuzz/seeds';
import { fixProblems, type FixCase } from '../fuzz/soundness';

/** Rules whose fixes are known to break one of the properties, with why; their test is a todo until fixed. */
const KNOWN_UNSOUND: Record<string, string> = {};

/** Corpus findings checked per rule (spread over all of them), to keep the suite fast. */
const CORPUS_FIXES_PER_RULE = 20;

const isYaml = (path: string) => /\.ya?ml$/.test(path);

/** The same document with CRLF line breaks, and (YAML) re-indented by four spaces. */
function variants(path: string, text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [['as written', text]];
  if (/(^|[^\r])\n/.test(text)) out.push(['CRLF', text.replace(/\r?\n/g, '\r\n')]);
  if (isYaml(path)) {
    const doc = parseDocument(text, { uniqueKeys: false });
    if (doc.errors.length === 0) out.push(['indented by 4', doc.toString({ indent: 4, indentSeq: true, lineWidth: 0 })]);
  }
  return out;
}

function repositoryCases(): FixCase[] {
  return repositorySeeds().flatMap(({ path, text }) => variants(path, text).flatMap(([name, variant]) => {
    const releases = path.endsWith('.conf') ? [undefined, 'rocky'] : [undefined];
    return releases.map((release) => ({ source: `${path} (${name}${release ? `, ${release}` : ''})`, path, text: variant, settings: release ? { release } : {} }));
  }));
}

function corpusCases(): FixCase[] {
  return corpusSeeds(60).map(({ path, text }) => ({ source: path.slice(CORPUS.length + 1), path, text, settings: { release: corpusRelease(path) } }));
}

interface Offered {
  c: FixCase;
  diagnostic: Diagnostic;
  fix: Fix;
  before: Diagnostic[];
}

/** Every fix offered on the cases, by rule; from the corpus only an even sample per rule. */
function collect(repository: FixCase[], corpus: FixCase[]): Map<string, Offered[]> {
  const byRule = new Map<string, Offered[]>();
  const offered = (cases: FixCase[]) => {
    const found = new Map<string, Offered[]>();
    for (const c of cases) {
      const before = lint({ path: c.path, text: c.text }, c.settings).diagnostics;
      for (const diagnostic of before) {
        for (const fix of diagnostic.fixes) found.set(diagnostic.rule, [...(found.get(diagnostic.rule) ?? []), { c, diagnostic, fix, before }]);
      }
    }
    return found;
  };
  for (const [rule, list] of offered(repository)) byRule.set(rule, list);
  for (const [rule, list] of offered(corpus)) {
    const step = Math.max(1, Math.ceil(list.length / CORPUS_FIXES_PER_RULE));
    byRule.set(rule, [...(byRule.get(rule) ?? []), ...list.filter((_, i) => i % step === 0)]);
  }
  return byRule;
}

describe('every fix the engine offers is sound', () => {
  const repository = repositoryCases();
  const corpus = corpusCases();
  const byRule = collect(repository, corpus);

  test('fixes are offered at all (the suite is not vacuous)', () => {
    assert.ok([...byRule.values()].flat().length > 0);
  });

  for (const { id } of ALL_RULES.map((r) => r.meta)) {
    const offered = byRule.get(id) ?? [];
    const options = offered.length === 0 ? { skip: 'no fix offered on any fixture or corpus file' } : KNOWN_UNSOUND[id] ? { todo: KNOWN_UNSOUND[id] } : {};
    test(`${id}: the result parses, the finding is gone, no new error, edits apply once, layout kept`, options, () => {
      const problems = offered.flatMap(({ c, diagnostic, fix, before }) => fixProblems(c, diagnostic, fix, before)
        .map((p) => `${c.source} ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} '${fix.title}': ${p}`));
      assert.deepEqual(problems.slice(0, 15), [], `${problems.length} problems in ${offered.length} fixes`);
    });
  }

  // Repository documents only: an upstream template missing a hundred Magnum parameters needs a pass
  // per parameter (inserts at one place apply one per pass), too slow for this suite.
  test('fixing everything twice gives the same text as once (the CLI --fix loop converges)', () => {
    const problems: string[] = [];
    for (const c of repository.filter((r) => r.source.includes('(as written'))) {
      const lintText = (text: string) => lint({ path: c.path, text }, c.settings).diagnostics;
      const once = fixAll(c.text, lintText);
      if (once !== c.text && fixAll(once, lintText) !== once) problems.push(c.source);
    }
    assert.deepEqual(problems, []);
  });
});

describe('the soundness check catches broken fixes', () => {
  const path = 'template.yaml';
  const text = 'heat_template_version: 2018-08-31\r\nparameters:\r\n  a:\r\n    type: string\r\nresources:\r\n  r:\r\n    type: OS::Heat::None\r\n    properties: {v: {get_param: b}}\r\n';
  const before = lint({ path, text }).diagnostics;
  const diagnostic = before.find((d) => d.rule === 'undefined-parameter')!;
  const at = { line: 4, character: 0 };
  const brokenFix = (newText: string, position = at): Fix => ({ title: 'broken', edits: [{ range: { start: position, end: position }, newText }] });
  const problemsOf = (fix: Fix) => fixProblems({ source: 'inline', path, text, settings: {} }, diagnostic, fix, before);

  test('the sample is what the cases assume', () => {
    assert.ok(diagnostic, 'an undefined-parameter finding');
    assert.deepEqual(problemsOf(diagnostic.fixes[0]), []);
  });

  const cases: Array<[string, Fix, RegExp]> = [
    ['an LF line in a CRLF document', brokenFix('  b:\n    type: string\n'), /adds a "\\n" line break/],
    ['tab indentation', brokenFix('\tb:\r\n'), /tab-indented line/],
    ['an indentation the document does not use', brokenFix('   b:\r\n     type: string\r\n'), /indented by 3/],
    ['a fix that misses its finding', brokenFix('# hello\r\n', { line: 0, character: 0 }), /the finding is still reported/],
    ['a fix that breaks the YAML', brokenFix('  b: [\r\n'), /new error: yaml-syntax/],
  ];
  for (const [name, fix, expected] of cases) {
    test(`reports ${name}`, () => {
      assert.match(problemsOf(fix).join('\n'), expected);
    });
  }
});
