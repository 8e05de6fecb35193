export { ProjectConfigLoader } from './loader';
export { CONFIG_RULE_ID, parseProjectConfig } from '../languages/project-config/parse';
export { mergeRules, resolveFileSettings, type FileSettings, type Origin } from './resolve';
export { CONFIG_FILE_NAME, explicitLayer, LAYER_KEYS, type ConfigHost, type ConfigOverride, type LoadedConfig, type ProjectConfig, type SettingsLayer } from './types';
