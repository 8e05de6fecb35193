/**
 * `.magnum-heat.yaml` in the language server: the nearest one upward from each document (open editor
 * buffers first, then the disk) is merged under the editor settings, and its own problems are the
 * diagnostics of that file. Precedence: defaults < config file < editor settings.
 */
import { basename, isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAME, explicitLayer, parseProjectConfig, ProjectConfigLoader, resolveFileSettings } from '../engine/settings';
import type { Diagnostic } from '../engine';
import type { ServerSettings } from '../engine/settings/editor';

function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function isProjectConfigUri(uri: string): boolean {
  const path = fsPathOf(uri);
  return path !== undefined && basename(path) === CONFIG_FILE_NAME;
}

export class ServerProjectConfig {
  private readonly loader: ProjectConfigLoader;

  /** `readUri` reads a file: URI: the open document's text, else the file on disk, else undefined. */
  constructor(readUri: (uri: string) => string | undefined) {
    this.loader = new ProjectConfigLoader({ readFile: (path) => readUri(pathToFileURL(path).href) });
  }

  /**
   * The editor settings with the project config of the document beneath them, resolved as the CLI
   * resolves its flags (so `rules: { "*": "off" }` means the same with or without a config file).
   */
  apply(uri: string, editor: ServerSettings): ServerSettings {
    const path = fsPathOf(uri);
    const config = path === undefined ? undefined : this.loader.forFile(path);
    const resolved = resolveFileSettings(path ?? uri, config, explicitLayer(editor));
    // documents are read by URI here: environments the config file names as paths become file URIs
    const environments = resolved.settings.environments?.map((f) => (isAbsolute(f) ? pathToFileURL(f).href : f));
    return {
      ...editor,
      ...resolved.settings,
      ...(environments ? { environments } : {}),
      ...(resolved.heatTemplate ? { heatTemplate: true } : {}),
      ...(resolved.ignoredBy !== undefined ? { ignoredBy: resolved.ignoredBy } : {}),
    };
  }

  /** The folder of the `.magnum-heat.yaml` governing a document, if any. */
  folderFor(uri: string): string | undefined {
    const path = fsPathOf(uri);
    return path === undefined ? undefined : this.loader.forFile(path)?.dir;
  }

  /** The problems of a `.magnum-heat.yaml` document (its live text); undefined for any other document. */
  diagnosticsFor(uri: string, text: string): Diagnostic[] | undefined {
    return isProjectConfigUri(uri) ? parseProjectConfig(text).diagnostics : undefined;
  }

  /** Call when a file changed; true when it was a config file (every document's settings may change). */
  changed(uri: string): boolean {
    if (!isProjectConfigUri(uri)) return false;
    this.loader.clear();
    return true;
  }
}
