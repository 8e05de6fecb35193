/** Heat environment files: resource_registry, parameters, parameter_defaults. */
import type { Language } from '../../core/language';
import type { HeatContext, HeatRule } from '../heat/context';
import { inferDriver } from '../heat/driver';
import { heatContext, sharedHeatParse } from '../heat';
import { environmentDefinitionAt } from '../heat/navigation/definition';
import { heatEnvironmentLinks } from '../heat/links';
import { heatSecrets } from '../heat/secrets';
import { isHeatEnvironment, locate, type HeatDocument } from '../heat/template';
import { yamlComments } from '../yaml/comments';
import { missingRegistryFile } from './rules/missing-registry-file';

const ENVIRONMENT_RULES: readonly HeatRule[] = [missingRegistryFile];

export const heatEnvironmentLanguage: Language<HeatDocument, HeatContext> = {
  id: 'heat-environment',
  label: 'Heat environments',
  detect(file, shared) {
    const doc = sharedHeatParse(file, shared);
    return doc && isHeatEnvironment(doc) ? doc : undefined;
  },
  explain: () => ({
    sentence: 'Checked as a Heat environment: its top-level keys are environment sections (resource_registry, parameter_defaults ...).',
    short: 'yes, as a Heat environment: its top-level keys are environment sections',
  }),
  inferDriver,
  rules: ENVIRONMENT_RULES,
  context: heatContext,
  locate,
  comments: { spans: yamlComments, indented: true },
  definition: (doc, offset, file) => environmentDefinitionAt(doc, file.path, offset, file.host),
  links: (doc, file) => heatEnvironmentLinks(doc, file.path),
  secrets: heatSecrets,
};
