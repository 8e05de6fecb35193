/** Runs every engine entry point (lint, hover, completion) on one text and lists broken invariants. */
import { analyze } from '../../server/src/engine';
import { completeAt } from '../../server/src/engine';
import { hoverAt } from '../../server/src/engine';
import { lintAnalysis } from '../../server/src/engine';
import type { Span } from '../../server/src/engine/core/text';
import type { Diagnostic } from '../../server/src/engine/core/types';
import { diagnosticProblems } from './invariants';
import type { Random } from './random';

/** How the text is presented: as a file path only (the CLI) or with an editor's language id. */
export type Presentation = { languageId?: string };

export interface EngineRun {
  diagnostics: Diagnostic[];
  problems: string[];
}

const spanProblem = (span: Span, length: number) => (span.start < 0 || span.end > length || span.end < span.start ? `span ${JSON.stringify(span)} outside 0..${length}` : undefined);

/** Lints `text`, then asks for hovers and completions at `probes` random offsets. Never throws for the engine: a throw is a problem. */
export function checkEngine(path: string, text: string, random: Random, presentation: Presentation = {}, probes = 3): EngineRun {
  const problems: string[] = [];
  let diagnostics: Diagnostic[] = [];
  try {
    const input = { path, text, ...presentation };
    const analysis = analyze(input);
    diagnostics = lintAnalysis(analysis);
    problems.push(...diagnosticProblems(text, diagnostics));
    for (let i = 0; i < probes; i++) {
      const offset = random.int(text.length + 1);
      const hover = hoverAt(analysis, offset);
      const hoverProblem = hover && spanProblem(hover.span, text.length);
      if (hoverProblem) problems.push(`hover at ${offset}: ${hoverProblem}`);
      for (const proposal of completeAt(analysis, offset)) {
        const replaceProblem = proposal.replace && spanProblem(proposal.replace, text.length);
        if (replaceProblem) problems.push(`completion '${proposal.label}' at ${offset}: ${replaceProblem}`);
      }
    }
  } catch (error) {
    problems.push(`threw: ${(error as Error).stack ?? String(error)}`);
  }
  return { diagnostics, problems };
}
