/** Cluster-template specs as plain data with 0-based `line:character` ranges, for exact assertions. */
import type { ClusterTemplateSpec, SpecValue } from '../../server/src/engine/cluster-template/model';
import { analyze } from '../../server/src/engine';
import { LineIndex, type Span } from '../../server/src/engine/core/text';
import type { SourceFile } from '../../server/src/engine/core/language';
import { applyEdits } from '../../server/src/engine/core/fix';
import { fixturePath, readFixture } from './fixtures';
import type { OffsetEdit } from '../../server/src/engine/core/rule';

export function at(index: LineIndex, span: Span): string {
  const { start, end } = index.rangeOf(span);
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

const valueData = (index: LineIndex, v: SpecValue) => ({ value: v.value, raw: v.raw, at: at(index, v.span), nameAt: at(index, v.nameSpan), spelledAs: v.spelledAs });

export function specData(spec: ClusterTemplateSpec, index: LineIndex) {
  return {
    kind: spec.kind,
    source: spec.source,
    anchor: at(index, spec.anchor),
    fields: Object.fromEntries([...spec.fields].map(([field, v]) => [field, valueData(index, v)])),
    labels: spec.labels.map((l) => ({ name: l.name, ...valueData(index, l) })),
    labelsKnown: spec.labelsKnown,
  };
}

/** The language that claims the file and the specs it extracts. */
export function specsOf(file: SourceFile): { kind: string | undefined; specs: ClusterTemplateSpec[]; index: LineIndex } {
  const analysis = analyze(file);
  const doc = analysis.kind === undefined ? undefined : (analysis.doc as { specs?: ClusterTemplateSpec[] });
  return { kind: analysis.kind, specs: doc?.specs ?? [], index: new LineIndex(file.text) };
}

/** The text after an edit of a spec (throws when the source cannot write it). */
export function edited(text: string, edits: OffsetEdit[] | undefined): string {
  if (!edits) throw new Error('the source offers no edit');
  const index = new LineIndex(text);
  return applyEdits(text, edits.map((e) => ({ range: index.rangeOf(e), newText: e.newText }))).text;
}

/** A fixture under test/fixtures/cluster-templates/, with the specs its language extracts. */
export function specFixture(relative: string) {
  const path = fixturePath(`cluster-templates/${relative}`);
  const text = readFixture(`cluster-templates/${relative}`);
  return { path, text, ...specsOf({ path, text }) };
}
