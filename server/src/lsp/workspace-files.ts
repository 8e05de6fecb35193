/**
 * The language server's lint host: open documents first, then the disk (read only), within the
 * workspace (host/read-boundary.ts). It remembers which files each document's last check read, so
 * a change to a nested template re-checks its parents.
 */
import { dirname } from 'node:path';
import type { InitializeParams, TextDocuments, WorkspaceFolder } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintHost } from '../engine';
import { DiskHost, toFsPath } from '../host/disk-host';
import { boundedHost, holds, ReadBoundary } from '../host/read-boundary';

/** The workspace folders of an initialize request: `workspaceFolders`, else the older `rootUri`, else `rootPath`. */
export function workspaceFolderUris(params: InitializeParams): string[] {
  if (Array.isArray(params.workspaceFolders)) return params.workspaceFolders.flatMap((f) => (typeof f?.uri === 'string' ? [f.uri] : []));
  if (typeof params.rootUri === 'string') return [params.rootUri];
  return typeof params.rootPath === 'string' ? [params.rootPath] : [];
}

/** The folder URIs after a workspace/didChangeWorkspaceFolders event. */
export function changedFolders(current: readonly string[], added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): string[] {
  const gone = new Set(removed.map((f) => f.uri));
  return [...new Set([...current.filter((uri) => !gone.has(uri)), ...added.map((f) => f.uri)])];
}

export class WorkspaceFiles implements LintHost {
  private readonly disk = new DiskHost();
  /** document URI -> the files its last check read. */
  private readonly readsOf = new Map<string, Set<string>>();
  private folders: string[] = [];
  /** File system paths of the workspace folders. */
  private roots: string[] = [];

  /** `configFolderOf`: the folder of the `.magnum-heat.yaml` governing a document, if any. */
  constructor(private readonly documents: TextDocuments<TextDocument>, private readonly configFolderOf: (uri: string) => string | undefined = () => undefined) {}

  /** The workspace folders (URIs) the client named; other schemes are left out. */
  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = [...uris];
    this.roots = uris.flatMap((uri) => toFsPath(uri) ?? []);
  }

  workspaceFolders(): string[] {
    return [...this.folders];
  }

  /** Unbounded: for the server's own files (`.magnum-heat.yaml` lookup), never for what a document names. */
  readFile(uri: string): string | undefined {
    return this.documents.get(uri)?.getText() ?? this.disk.readFile(uri);
  }

  listDirectory(uri: string): string[] | undefined {
    return this.disk.listDirectory(uri);
  }

  /**
   * What a document may read: the workspace folders, and for a document in none of them (or when there
   * are none) the folder of its `.magnum-heat.yaml`, else its own folder. Open documents are read whatever their place.
   */
  reader(documentUri: string): LintHost {
    const file = toFsPath(documentUri);
    const inWorkspace = file === undefined || this.roots.some((root) => holds(root, file));
    const roots = inWorkspace ? this.roots : [...this.roots, this.configFolderOf(documentUri) ?? dirname(file)];
    const boundary = file === undefined ? new ReadBoundary(roots) : ReadBoundary.forFile(file, roots);
    return boundedHost(this, boundary, toFsPath, (uri) => this.documents.get(uri) !== undefined);
  }

  /** A host for checking one document: records what it reads, replacing the previous record. */
  forDocument(documentUri: string): LintHost {
    const reads = new Set<string>();
    this.readsOf.set(documentUri, reads);
    const host = this.reader(documentUri);
    return {
      ...host,
      readFile: (uri) => {
        reads.add(uri);
        return host.readFile(uri);
      },
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
