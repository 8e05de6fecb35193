/** What must hold for any input: ranges inside the document, no rule crashing. */
import type { Diagnostic, Range } from '../../server/src/engine/core/types';

/** Line lengths as LSP counts them: \n, \r\n and \r all end a line. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

export function rangeProblem(lengths: number[], range: Range): string | undefined {
  const inside = (p: Range['start']) => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line];
  if (!inside(range.start) || !inside(range.end)) return `outside the document (${lengths.length} lines)`;
  if (range.end.line < range.start.line || (range.end.line === range.start.line && range.end.character < range.start.character)) return 'ends before it starts';
  return undefined;
}

/** Every broken invariant of a lint result, as readable strings (empty when all hold). */
export function diagnosticProblems(text: string, diagnostics: Diagnostic[]): string[] {
  const lengths = lineLengths(text);
  const problems: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.rule} ${JSON.stringify(d.range)}`;
    const problem = rangeProblem(lengths, d.range);
    if (problem) problems.push(`${where}: range ${problem}`);
    if (!d.message) problems.push(`${where}: empty message`);
    if (d.message.includes('could not finish')) problems.push(`${where}: the rule crashed: ${d.message}`);
    for (const fix of d.fixes) {
      for (const edit of fix.edits) {
        const editProblem = rangeProblem(lengths, edit.range);
        if (editProblem) problems.push(`${where}: fix '${fix.title}' edit ${JSON.stringify(edit.range)} ${editProblem}`);
      }
    }
  }
  return problems;
}
