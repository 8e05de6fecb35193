/** Heat Orchestration Templates (HOT), the templates Magnum's Heat drivers deploy. */
import type { Language, Scope, SharedParses, SourceFile } from '../../core/language';
import { fileNameOf } from '../../core/paths';
import { labelsRegionCompletion } from '../../cluster-template/completion';
import { labelAt, labelHover } from '../../cluster-template/hover';
import type { ClusterTemplateSpec } from '../../cluster-template/model';
import { heatClusterSpecs } from './cluster-templates';
import { yamlComments } from '../yaml/comments';
import { heatCompletion } from './completion/heat-completion';
import { checkHost } from './check-host';
import { noteParsed, takeKeptParse } from './file-summary';
import type { HeatContext } from './context';
import { inferDriver } from './driver';
import { heatHover } from './hover/heat-hover';
import { magnumParameterHover } from './hover/magnum-parameter-hover';
import { definitionAt } from './navigation/definition';
import { referencesAt } from './navigation/references';
import { prepareRenameAt, renameAt } from './navigation/rename';
import { declarationHover } from './hover/heat-declaration-hover';
import { nestedHover } from './hover/heat-nested-hover';
import { heatTemplateLinks } from './links';
import { heatSnippets, heatStarterSnippets } from './snippets';
import { heatSymbols } from './symbols';
import { HEAT_RULES } from './rules';
import { heatSecrets } from './secrets';
import { isHeatEnvironment, isHeatTemplate, locate, parseHeat, type HeatDocument } from './template';

export const HEAT_TEMPLATE_ID = 'heat-template';

const HEAT_VERSION_LINE = /^heat_template_version\s*:/m;

/** One YAML parse per text, shared by the YAML languages. */
export function sharedHeatParse(file: SourceFile, shared: SharedParses): HeatDocument | undefined {
  if (file.languageId !== undefined && file.languageId !== 'yaml') return undefined;
  return shared.once('heat', () => {
    const kept = takeKeptParse(file.text);
    if (kept) return kept;
    const doc = parseHeat(file.text);
    noteParsed(doc);
    return doc;
  });
}

/** The context Heat rules read (templates and environments alike). */
export function heatContext(doc: HeatDocument, scope: Scope): HeatContext {
  const { file } = scope;
  let specs: ClusterTemplateSpec[] | undefined;
  return {
    doc, release: scope.release, driver: scope.driver, fileName: fileNameOf(file.path), path: file.path, host: checkHost(file.host),
    environments: scope.settings.environments, text: doc.text, capi: scope.settings,
    get specs() { return (specs ??= heatClusterSpecs(doc)); },
  };
}

function hover(doc: HeatDocument, offset: number, scope: Scope) {
  const ctx = heatContext(doc, scope);
  const at = labelAt(ctx.specs, offset);
  // A label value written as a function call (get_param ...) keeps Heat's own hover.
  const literal = at?.label.value !== undefined && at.label.via === undefined;
  if (at && (literal || offset <= at.label.nameSpan.end)) return labelHover(at.label, at.spec, ctx);
  const result = heatHover(doc, offset, scope.release);
  const note = magnumParameterHover(doc, offset, { driver: scope.driver, release: scope.release, fileName: fileNameOf(scope.file.path), path: scope.file.path });
  if (!note) return result;
  return result ? { ...result, markdown: `${result.markdown}\n\n${note.markdown}` } : note;
}

/** Beyond `hover`: a nested template (or the parameter a property sets in it) first, a declaration last. */
function editorHover(doc: HeatDocument, offset: number, scope: Scope) {
  return nestedHover(doc, scope.file.path, offset, scope.file.host) ?? hover(doc, offset, scope) ?? declarationHover(doc, offset, scope.release);
}

const renameScope = (scope: Scope) => ({ release: scope.release, driver: scope.driver });

export const heatTemplateLanguage: Language<HeatDocument, HeatContext> = {
  id: HEAT_TEMPLATE_ID,
  label: 'Heat templates',
  detect(file, shared) {
    const doc = sharedHeatParse(file, shared);
    if (!doc) return undefined;
    if (isHeatTemplate(doc) || ((doc.errors.length > 0 || doc.oversized) && HEAT_VERSION_LINE.test(file.text))) return doc;
    return file.heatTemplate && !isHeatEnvironment(doc) ? doc : undefined;
  },
  explain(doc, _file, declaredBy) {
    if (isHeatTemplate(doc)) return { sentence: 'Checked as a Heat template: it has a top-level heat_template_version.', short: 'yes, as a Heat template: it has a top-level heat_template_version' };
    if (declaredBy) {
      const { glob, where } = declaredBy;
      return { sentence: `Checked as a Heat template: its path matches '${glob}' in ${where}.`, short: `yes, as a Heat template: it matches templateGlobs '${glob}' in ${where}` };
    }
    return { sentence: 'Checked as a Heat template: it has a heat_template_version line (the YAML does not parse yet).', short: 'yes, as a Heat template: it has a heat_template_version line (the YAML does not parse yet)' };
  },
  inferDriver,
  rules: HEAT_RULES,
  context: heatContext,
  locate,
  comments: { spans: yamlComments, indented: true },
  hover,
  complete: (doc, offset, scope) => {
    const ctx = heatContext(doc, scope);
    return labelsRegionCompletion(ctx.specs, doc.text, offset, ctx) ?? heatCompletion(doc, offset, scope.release);
  },
  definition: (doc, offset, file) => definitionAt(doc, file.path, offset, file.host),
  references: (doc, offset, file, includeDeclaration) => referencesAt(doc, file.path, offset, file.host, includeDeclaration),
  editorHover,
  symbols: heatSymbols,
  links: (doc, file) => heatTemplateLinks(doc, file.path),
  prepareRename: (doc, offset, scope) => prepareRenameAt(doc, scope.file.path, offset, scope.file.host, renameScope(scope)),
  rename: (doc, offset, newName, scope) => renameAt(doc, scope.file.path, offset, newName, scope.file.host, renameScope(scope)),
  snippets: (doc, offset, scope, options) => heatSnippets(doc.text, offset, scope.release, options),
  starterSnippets: heatStarterSnippets,
  secrets: heatSecrets,
};
