/**
 * The server links each diagnostic to the rule's public page; in VS Code the link opens the copy
 * shipped in the extension instead, so it works offline and matches the installed version.
 */
import { Uri, type Diagnostic } from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

const PUBLIC_PAGE = /\/docs\/rules\/([a-z0-9-]+)\.md$/;

/** A diagnostic of ours with its documentation link pointing into the extension. */
export function localDocsLink(extensionUri: Uri): (d: Diagnostic) => Diagnostic {
  return (d) => {
    const code = d.code;
    if (typeof code !== 'object' || d.source !== 'magnum-heat') return d;
    const rule = PUBLIC_PAGE.exec(code.target.toString())?.[1];
    if (rule) d.code = { value: code.value, target: Uri.joinPath(extensionUri, 'docs', 'rules', `${rule}.md`) };
    return d;
  };
}

export function localRuleDocs(local: (d: Diagnostic) => Diagnostic): Pick<Middleware, 'handleDiagnostics'> {
  return { handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(local)) };
}
