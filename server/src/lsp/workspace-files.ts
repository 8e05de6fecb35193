/**
 * The language server's lint host: open documents first, then the disk (read only). It remembers
 * which files each document's last check read, so a change to a nested template re-checks its parents.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintHost } from '../engine';
import { DiskHost } from '../host/disk-host';

export class WorkspaceFiles implements LintHost {
  private readonly disk = new DiskHost();
  /** document URI -> the files its last check read. */
  private readonly readsOf = new Map<string, Set<string>>();

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  readFile(uri: string): string | undefined {
    return this.documents.get(uri)?.getText() ?? this.disk.readFile(uri);
  }

  listDirectory(uri: string): string[] | undefined {
    return this.disk.listDirectory(uri);
  }

  /** A host for checking one document: records what it reads, replacing the previous record. */
  forDocument(documentUri: string): LintHost {
    const reads = new Set<string>();
    this.readsOf.set(documentUri, reads);
    return {
      readFile: (uri) => {
        reads.add(uri);
        return this.readFile(uri);
      },
      listDirectory: (uri) => this.listDirectory(uri),
    };
  }

  /** Open documents whose last check read `uri`. */
  dependentsOf(uri: string): string[] {
    return [...this.readsOf].filter(([doc, reads]) => doc !== uri && reads.has(uri)).map(([doc]) => doc);
  }

  /** A file changed on disk (or its editor closed): forget the cached text. */
  changed(uri: string): void {
    this.disk.invalidate(uri);
  }

  forget(documentUri: string): void {
    this.readsOf.delete(documentUri);
  }
}
