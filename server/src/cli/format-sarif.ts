/** SARIF 2.1.0 output: one run, the rules that matched, 1-based regions, fixes as SARIF fixes. */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { README_URL, VERSION, findRuleMeta, ruleDocsUrl, type Diagnostic, type Range, type Severity } from '../engine';
import type { FileReport } from './format';
import { SCOPE_LABEL } from './rules-table';

const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export interface SarifOptions {
  /** Relative paths are given relative to this folder, the run's %SRCROOT%. */
  cwd: string;
}

function region(range: Range): Sarif.Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A file below the run's root is addressed relative to %SRCROOT%, anything else by its file URL. */
function artifactLocation(path: string, cwd: string): Sarif.ArtifactLocation {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** SARIF messages are sentences; a message without an end mark gets a full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function ruleDescriptor(id: string): Sarif.ReportingDescriptor {
  const meta = findRuleMeta(id);
  const helpUri = ruleDocsUrl(id);
  const summary = sentence(meta?.summary ?? id);
  return {
    id,
    name: id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: summary },
    fullDescription: { text: summary },
    helpUri,
    help: { text: `${summary} See docs/rules/${id}.md.`, markdown: `${summary} See [docs/rules/${id}.md](${helpUri}).` },
    defaultConfiguration: { level: LEVEL[meta?.severity ?? 'warning'] },
    ...(meta ? { properties: { tags: [SCOPE_LABEL[meta.appliesTo]] } } : {}),
  };
}

function fixOf(fix: Diagnostic['fixes'][number], location: Sarif.ArtifactLocation): Sarif.Fix {
  return {
    description: { text: sentence(fix.title) },
    artifactChanges: [{
      artifactLocation: location,
      replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
    }],
  };
}

export function formatSarif(files: FileReport[], options: SarifOptions): string {
  const reported = files.filter((f) => f.diagnostics.length > 0);
  const ruleIds = [...new Set(reported.flatMap((f) => f.diagnostics.map((d) => d.rule)))].sort();
  const results: Sarif.Result[] = reported.flatMap((file) => file.diagnostics.map((d): Sarif.Result => {
    const location = artifactLocation(file.path, options.cwd);
    return {
      ruleId: d.rule,
      ruleIndex: ruleIds.indexOf(d.rule),
      level: LEVEL[d.severity],
      message: { text: sentence(d.message) },
      locations: [{ physicalLocation: { artifactLocation: location, region: region(d.range) } }],
      ...(d.fixes.length > 0 ? { fixes: d.fixes.map((f) => fixOf(f, location)) } : {}),
    };
  }));
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'magnum-heat',
          version: VERSION,
          semanticVersion: VERSION,
          informationUri: README_URL,
          rules: ruleIds.map((id) => ruleDescriptor(id)),
        },
      },
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.cwd + sep).href } },
      results,
      columnKind: 'utf16CodeUnits',
    }],
  };
  return JSON.stringify(log, null, 2);
}
