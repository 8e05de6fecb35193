/** `--print-config FILE`: the settings in force for one file, where each comes from, and whether it is checked. */
import { resolve } from 'node:path';
import { analyze, detectDriver, type Analysis } from '../engine/analyze';
import type { FileSettings, Origin } from '../engine/config';
import { resolveRelease } from '../engine/knowledge/releases';
import { RULE_METAS } from '../engine/rules';
import type { Severity } from '../engine/types';
import { readText } from './files';
import type { Project } from './project';

const FROM: Record<string, string> = { default: 'default', 'config file': 'config file', settings: 'command line' };
const from = (origin: Origin) => FROM[origin] ?? `config file ${origin}`;

function why(analysis: Analysis, settings: FileSettings, configPath: string | undefined): string {
  if (settings.ignoredBy !== undefined) return `no: ignored by '${settings.ignoredBy}' in ${configPath}`;
  switch (analysis.kind) {
    case undefined: return `no: ${analysis.reason}`;
    case 'magnum-conf': return 'yes, as an oslo.config file (magnum.conf): its name ends in .conf';
    case 'heat-environment': return 'yes, as a Heat environment: its top-level keys are environment sections';
    case 'heat-template':
      return settings.templateGlob !== undefined
        ? `yes, as a Heat template: it matches templateGlobs '${settings.templateGlob}' in ${configPath}`
        : 'yes, as a Heat template: it has a top-level heat_template_version';
  }
}

interface EffectiveConfig {
  file: string;
  configFile: string | null;
  checked: boolean;
  kind: string | null;
  why: string;
  release: { value: string; from: string };
  driver: { value: string; from: string } | null;
  rules: Record<string, { severity: Severity | 'off'; from: string }>;
}

export function effectiveConfig(file: string, project: Project): EffectiveConfig {
  const path = resolve(project.cwd, file);
  const settings = project.settingsFor(file);
  const config = project.configFor(file);
  const configFile = config ? project.display(config.path) : null;
  const analysis = analyze({ path, text: readText(file), heatTemplate: settings.heatTemplate });
  const { release, driver, rules = {} } = settings.settings;
  const detected = analysis.kind === 'heat-template' || analysis.kind === 'heat-environment' ? detectDriver(path) : undefined;
  const applies = RULE_METAS.filter((m) => analysis.kind !== undefined && (m.appliesTo === analysis.kind || m.appliesTo === 'all'));
  return {
    file,
    configFile,
    checked: analysis.kind !== undefined && settings.ignoredBy === undefined,
    kind: analysis.kind ?? null,
    why: why(analysis, settings, configFile ?? undefined),
    release: { value: resolveRelease(release), from: release === undefined ? 'default, the newest known' : from(settings.origin.release) },
    driver: driver !== undefined ? { value: driver, from: from(settings.origin.driver) }
      : detected !== undefined ? { value: detected, from: 'path, drivers/<driver>/templates/' } : null,
    rules: Object.fromEntries(applies.map((m) => [m.id, { severity: rules[m.id] ?? m.severity, from: from(settings.origin.rules[m.id] ?? 'default') }])),
  };
}

export function formatEffectiveConfig(c: EffectiveConfig): string {
  const width = Math.max(0, ...Object.keys(c.rules).map((id) => id.length));
  return [
    `file:         ${c.file}`,
    `config file:  ${c.configFile ?? '(none)'}`,
    `checked:      ${c.why}`,
    `release:      ${c.release.value} (${c.release.from})`,
    `driver:       ${c.driver ? `${c.driver.value} (${c.driver.from})` : '(none)'}`,
    ...(Object.keys(c.rules).length > 0 ? ['rules:'] : []),
    ...Object.entries(c.rules).map(([id, r]) => `  ${id.padEnd(width)}  ${r.severity.padEnd(11)}  ${r.from}`),
  ].join('\n');
}
