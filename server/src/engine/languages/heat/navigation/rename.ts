/**
 * Rename of a Heat parameter or resource: every place that names it, in the template, in the parents
 * that pass it as a property (for a parameter of a nested template) and in the `parameters` of the
 * driver's environments. Refused, with the reason, where the result could not be trusted.
 */
import { basenameOf, type LintHost } from '../../../core/host';
import { driverEnvironmentFiles } from '../registry';
import { parameters, resources, section, type HeatDocument } from '../template';
import { loadHeatFile } from '../template-files';
import { mapPair } from '../yaml-nodes';
import { PSEUDO_PARAMETERS } from '../../../knowledge/hot-versions';
import { passedParameters } from '../../../knowledge/magnum-parameters';
import type { Span } from '../../../core/text';
import type { Preparation, Refusal, RenameEdit } from '../../../core/editor-types';
import { nodeLocation, uniqueLocations, type Location } from './locations';
import { referencesAt } from './references';
import { symbolAt, type HeatSymbol } from './symbol-at';

export interface RenameScope {
  release: string;
  /** The Magnum driver in force (setting or path), for the names Magnum passes. */
  driver?: string;
}

/** Heat accepts most strings; a rename keeps to names that need no quoting in YAML. */
const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

const quoted = (text: string) => text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0];

/** The name inside a scalar's span (without its quotes). */
function innerSpan(text: string, span: Span): Span {
  return quoted(text.slice(span.start, span.end)) ? { start: span.start + 1, end: span.end - 1 } : span;
}

/** The template that declares the symbol's parameter, with its name: this one, or the nested ones. */
function declaringFiles(doc: HeatDocument, path: string, symbol: HeatSymbol, host: LintHost | undefined): Array<{ path: string; doc: HeatDocument | undefined }> {
  if (symbol.kind !== 'nested-parameter') return [{ path, doc }];
  return symbol.use.targets.map((t) => ({ path: t.path, doc: loadHeatFile(host, t.path)?.doc }));
}

function refusal(doc: HeatDocument, path: string, symbol: HeatSymbol, host: LintHost | undefined, scope: RenameScope): string | undefined {
  if (symbol.kind === 'nested-template') return 'A nested template is renamed by renaming its file.';
  if (doc.errors.length > 0 || doc.oversized) return 'The template does not parse: fix the YAML first.';
  if (symbol.kind === 'resource') {
    return resources(doc).some((r) => r.name === symbol.name) ? undefined : `No resource '${symbol.name}' is defined in this template.`;
  }
  if (PSEUDO_PARAMETERS.includes(symbol.name)) return `'${symbol.name}' is a pseudo parameter Heat provides; it cannot be renamed.`;
  for (const file of declaringFiles(doc, path, symbol, host)) {
    const name = basenameOf(file.path);
    if (!file.doc) return `${name} cannot be read.`;
    if (file.doc.errors.length > 0) return `${name} does not parse: fix its YAML first.`;
    if (!parameters(file.doc).has(symbol.name)) return `No parameter '${symbol.name}' is declared in ${name}.`;
    const facts = scope.driver ? passedParameters(scope.driver, scope.release) : undefined;
    if (facts?.topLevel === name && facts.parameters.has(symbol.name)) {
      return `Magnum passes '${symbol.name}' to ${name} by name (driver ${scope.driver}): renaming it would break cluster creation.`;
    }
    for (const environment of driverEnvironmentFiles(host, file.path)) {
      const env = loadHeatFile(host, environment)?.doc;
      if (env && mapPair(section(env, 'parameter_defaults'), symbol.name)) {
        return `${basenameOf(environment)} sets '${symbol.name}' in parameter_defaults, which reaches every template of the stack: rename it by hand.`;
      }
    }
  }
  return undefined;
}

export function prepareRenameAt(doc: HeatDocument, path: string, offset: number, host: LintHost | undefined, scope: RenameScope): Preparation | undefined {
  const hit = symbolAt(doc, path, offset, host);
  if (!hit) return undefined;
  const refused = refusal(doc, path, hit.symbol, host, scope);
  if (refused) return { refused };
  return { span: innerSpan(doc.text, hit.span), placeholder: hit.symbol.kind === 'nested-template' ? '' : hit.symbol.name };
}

/** `parameters:` of the driver's environments (they feed the top-level stack by name). */
function environmentKeys(files: Array<{ path: string }>, name: string, host: LintHost | undefined): Location[] {
  return files.flatMap((file) => driverEnvironmentFiles(host, file.path).flatMap((environment) => {
    const env = loadHeatFile(host, environment);
    return env ? nodeLocation(environment, env.doc, mapPair(section(env.doc, 'parameters'), name)?.key) : [];
  }));
}

export function renameAt(doc: HeatDocument, path: string, offset: number, newName: string, host: LintHost | undefined, scope: RenameScope): RenameEdit[] | Refusal {
  const prepared = prepareRenameAt(doc, path, offset, host, scope);
  if (!prepared) return { refused: 'Nothing to rename here.' };
  if ('refused' in prepared) return prepared;
  if (!VALID_NAME.test(newName)) return { refused: `'${newName}' is not a plain name (letters, digits, '_', '.', '-'; not starting with a digit).` };
  const hit = symbolAt(doc, path, offset, host)!;
  const { symbol } = hit;
  if (symbol.kind === 'nested-template') return { refused: 'A nested template is renamed by renaming its file.' };
  const taken = symbol.kind === 'resource'
    ? resources(doc).some((r) => r.name === newName)
    : declaringFiles(doc, path, symbol, host).some((f) => f.doc && parameters(f.doc).has(newName));
  if (taken && newName !== symbol.name) return { refused: `'${newName}' is already declared: the two would merge.` };
  const locations = [...referencesAt(doc, path, offset, host, true)];
  if (symbol.kind !== 'resource') locations.push(...environmentKeys(declaringFiles(doc, path, symbol, host), symbol.name, host));
  return uniqueLocations(locations).flatMap((location) => {
    const target = location.path === path ? doc : loadHeatFile(host, location.path)?.doc;
    if (!target) return [];
    const span = innerSpan(target.text, { start: target.index.offsetAt(location.range.start), end: target.index.offsetAt(location.range.end) });
    return [{ path: location.path, range: target.index.rangeOf(span), newText: newName }];
  });
}
