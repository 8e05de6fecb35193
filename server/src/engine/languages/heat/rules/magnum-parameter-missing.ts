import { insertSectionEntry } from '../edits';
import { parameters } from '../template';
import { mapPair } from '../yaml-nodes';
import { passedParameters, upstreamDeclaration } from '../../../knowledge/magnum-parameters';
import { passingWhen } from '../../../knowledge/magnum-passing';
import type { HeatRule } from '../context';

/** Empty values of each HOT parameter type, for names upstream declares without a default. */
const EMPTY_DEFAULT: Record<string, string> = { number: '0', boolean: 'false', json: '{}' };

/** A default as YAML text (JSON is a YAML subset; strings are always quoted). */
function yamlValue(value: unknown, type: string): string {
  return value === undefined ? EMPTY_DEFAULT[type] ?? '""' : JSON.stringify(value);
}

export const magnumParameterMissing: HeatRule = {
  meta: {
    id: 'magnum-parameter-missing',
    severity: 'error',
    summary: "Magnum passes a parameter that the driver's top-level template does not declare.",
    appliesTo: 'heat-template',
  },
  *check({ doc, release, driver, fileName }) {
    const facts = driver ? passedParameters(driver, release) : undefined;
    if (!facts || facts.topLevel !== fileName) return;
    const declared = parameters(doc);
    const at = mapPair(doc.root, 'parameters') ? ['parameters'] : ['heat_template_version'];
    const factsNote = facts.release === release ? '' : ` (Facts of ${facts.release}: ${driver} is not in ${release}.)`;
    for (const [name, passed] of facts.parameters) {
      if (declared.has(name)) continue;
      const declaration = upstreamDeclaration(name, facts.release) ?? { type: 'string' };
      const defaultText = yamlValue(declaration.default, declaration.type);
      yield {
        message: `Magnum's ${driver} driver passes '${name}' to ${fileName} ${passingWhen(passed)}, but the template does not declare it: `
          + (passed.always ? 'Heat rejects the stack of every such cluster.' : 'Heat rejects the stack of such clusters.') + factsNote,
        at: { path: at, part: 'key' },
        severity: passed.always ? 'error' : 'warning',
        fixes: [{
          title: `Declare parameter '${name}' (type: ${declaration.type}, default: ${defaultText})`,
          edits: [insertSectionEntry(doc, 'parameters', name, [`type: ${declaration.type}`, `default: ${defaultText}`])],
          preferred: true,
        }],
      };
    }
  },
};
