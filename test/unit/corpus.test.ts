import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseDocument } from 'yaml';
import { lint } from '../../server/src/engine/lint';
import { CORPUS, corpusAvailable, corpusFiles, corpusRelease } from '../support/corpus';

// The corpus is part of the shared workspace (CI has it beside the checkout). Without it there is nothing to run.
describe('upstream Magnum corpus', { skip: !corpusAvailable() && `no corpus at ${CORPUS}` }, () => {
  const files = corpusAvailable() ? corpusFiles() : [];

  test('holds templates of every release', () => {
    assert.ok(files.length > 500, `only ${files.length} files`);
  });

  test('every file lints without an internal error; valid YAML gets no yaml-syntax; no undefined parameters', () => {
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { diagnostics } = lint({ path: file, text });
      const validYaml = parseDocument(text, { uniqueKeys: false }).errors.length === 0;
      for (const d of diagnostics) {
        if (d.message.includes('could not finish')) problems.push(`${file}: internal error ${d.message}`);
        if (d.rule === 'yaml-syntax' && validYaml) problems.push(`${file}: yaml-syntax on valid YAML: ${d.message}`);
        if (d.rule === 'undefined-parameter') problems.push(`${file}:${d.range.start.line + 1}: ${d.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('each release\'s templates open the ports their own release expects', () => {
    const problems = files.flatMap((file) => lint({ path: file, text: readFileSync(file, 'utf8') }, { release: corpusRelease(file) })
      .diagnostics.filter((d) => d.rule === 'missing-port-rule').map((d) => `${file}: ${d.message}`));
    assert.deepEqual(problems, []);
  });
});
