import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze, lint, LineIndex } from '../../server/src/engine';
import type { ClusterTemplateSpec } from '../../server/src/engine/cluster-template/model';

/**
 * Real-world scripts and runbooks (magnum, magnum-capi-helm and magnum-cluster-api docs, devstack
 * plugin, hack scripts), fetched into /work/ext/ct-corpus/shell (never committed; CT_CORPUS overrides).
 */
const CORPUS = process.env.CT_CORPUS ?? '/work/ext/ct-corpus/shell';
const SOURCES = /\.(sh|md|rst)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : SOURCES.test(e.name) ? [full] : [];
  });
}

describe('cluster templates in real-world scripts and runbooks', { skip: !existsSync(CORPUS) && `no corpus at ${CORPUS} (fetch magnum docs, devstack plugins ... there)` }, () => {
  const files = existsSync(CORPUS) ? filesUnder(CORPUS) : [];

  test('no crash; findings only on openstack coe cluster (template) commands; files without them get none', () => {
    const problems: string[] = [];
    let specs = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const analysis = analyze({ path: file, text });
      const found = (analysis.kind !== undefined ? (analysis.doc as { specs?: ClusterTemplateSpec[] }).specs : undefined) ?? [];
      specs += found.length;
      const index = new LineIndex(text);
      const lines = found.map((s) => [index.rangeOf(s.span).start.line, index.rangeOf(s.span).end.line]);
      for (const d of lint({ path: file, text }).diagnostics) {
        if (d.message.includes('could not finish')) problems.push(`${file}: internal error ${d.message}`);
        else if (!lines.some(([a, b]) => d.range.start.line >= a && d.range.end.line <= b)) problems.push(`${file}:${d.range.start.line + 1}: outside any coe command: ${d.rule}`);
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(files.length > 50 && specs >= 20, `only ${files.length} files and ${specs} commands`);
  });
});
