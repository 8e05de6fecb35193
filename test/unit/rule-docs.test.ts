import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { RULE_TABLES, SCOPE_LABEL, withRulesTable } from '../../server/src/cli/rules-table';
import { RULE_METAS } from '../../server/src/engine/languages/registry';

// Compiled to out/test/unit/, so the repository root is three levels up.
const ROOT = resolve(__dirname, '..', '..', '..');
const DOCS = join(ROOT, 'docs', 'rules');
const SECTIONS = ['What', 'Why', 'Fix', 'Example'];
const APPLIES_TO = SCOPE_LABEL;

function page(id: string): string {
  return readFileSync(join(DOCS, `${id}.md`), 'utf8').replace(/\r\n/g, '\n');
}

/** Level-2 headings outside fenced code blocks, in order. */
function sectionsOf(text: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    else if (!fenced && line.startsWith('## ')) out.push(line.slice(3).trim());
  }
  return out;
}

function sectionBody(text: string, name: string): string {
  const start = text.indexOf(`\n## ${name}\n`);
  assert.notEqual(start, -1, `section ${name} missing`);
  const rest = text.slice(start + name.length + 5);
  const next = rest.search(/\n## /);
  return next < 0 ? rest : rest.slice(0, next);
}

describe('rule documentation', () => {
  test('the registry is not empty and ids are unique', () => {
    assert.ok(RULE_METAS.length > 0);
    const ids = RULE_METAS.map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  for (const { id, severity, appliesTo } of RULE_METAS) {
    describe(id, () => {
      test('has a page docs/rules/<id>.md', () => {
        assert.ok(existsSync(join(DOCS, `${id}.md`)), `docs/rules/${id}.md is missing`);
      });

      test('title is the rule id', () => {
        assert.equal(page(id).split('\n')[0], `# ${id}`);
      });

      test('states what it applies to and its default severity, as the code does', () => {
        const text = page(id);
        assert.ok(text.includes(`\nApplies to: ${APPLIES_TO[appliesTo]}\n`), `expected "Applies to: ${APPLIES_TO[appliesTo]}"`);
        assert.ok(text.includes(`\nDefault severity: ${severity}\n`), `expected "Default severity: ${severity}"`);
      });

      test('has exactly the sections What, Why, Fix, Example in order', () => {
        assert.deepEqual(sectionsOf(page(id)), SECTIONS);
      });

      test('every section has content and the example has fenced code', () => {
        const text = page(id);
        for (const name of SECTIONS) assert.ok(sectionBody(text, name).trim().length > 0, `section ${name} is empty`);
        assert.match(sectionBody(text, 'Example'), /```(ini|yaml)\n[\s\S]+?\n```/);
      });
    });
  }

  test('every page in docs/rules belongs to a registered rule', () => {
    const ids = new Set(RULE_METAS.map((m) => m.id));
    const strays = readdirSync(DOCS)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => f.slice(0, -3))
      .filter((id) => !ids.has(id));
    assert.deepEqual(strays, [], `pages without a registered rule: ${strays.join(', ')}`);
  });

  for (const [file, table] of Object.entries(RULE_TABLES)) {
    test(`the rules table in ${file} is the one generated from the registry (node scripts/rules-table.mjs)`, () => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const generated = withRulesTable(text, table());
      assert.ok(generated !== undefined, `${file} has no rules-table markers`);
      assert.equal(text, generated);
      for (const { id } of RULE_METAS) assert.ok(text.includes(file === 'README.md' ? `| \`${id}\` |` : `| [${id}](${id}.md) |`), `${file} lists ${id}`);
    });
  }
});
