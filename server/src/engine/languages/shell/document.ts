/** A shell text read for cluster-template commands: the specs, the comments, and the tokens they came from. */
import type { ParsedDocument } from '../../core/language';
import { LineIndex, type Span } from '../../core/text';
import type { ClusterTemplateSpec } from '../../cluster-template/model';
import { commandSpec, findCoeCommand } from './commands';
import { tokenize } from './tokenizer';

export interface ShellDocument extends ParsedDocument {
  text: string;
  specs: ClusterTemplateSpec[];
  comments: Span[];
}

/**
 * `scanned` is the text the shell reads: the document itself, or (Markdown, reStructuredText) the
 * document with everything outside shell code blocks blanked, so offsets are the document's.
 */
export function shellDocument(text: string, scanned = text): ShellDocument {
  const { commands, comments } = tokenize(scanned);
  const specs = commands.flatMap((words) => {
    const command = findCoeCommand(words);
    return command ? [commandSpec(command, text)] : [];
  });
  return { text, index: new LineIndex(text), specs, comments };
}
