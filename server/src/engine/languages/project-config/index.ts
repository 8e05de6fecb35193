/** `.magnum-heat.yaml`, the project configuration file: its own mistakes are its diagnostics. */
import type { Language } from '../../core/language';
import { fileNameOf } from '../../core/paths';
import { LineIndex } from '../../core/text';
import { CONFIG_FILE_NAME } from '../../settings/types';
import { yamlComments } from '../yaml/comments';
import type { ProjectConfigDocument } from './document';
import { readProjectConfig } from './parse';
import { projectConfigInvalid } from './rules/project-config-invalid';

export const projectConfigLanguage: Language<ProjectConfigDocument, ProjectConfigDocument> = {
  id: 'project-config',
  label: '.magnum-heat.yaml',
  detect: (file) => (fileNameOf(file.path) === CONFIG_FILE_NAME ? { index: new LineIndex(file.text), problems: readProjectConfig(file.text).problems } : undefined),
  explain: () => ({ sentence: 'Checked as the magnum-heat project configuration (.magnum-heat.yaml).', short: 'yes, as the magnum-heat project configuration' }),
  rules: [projectConfigInvalid],
  context: (doc) => doc,
  comments: { spans: yamlComments, indented: true },
  secrets: () => [],
};
