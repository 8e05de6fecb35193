/** `--print-config FILE`: the settings in force for one file, where each comes from, and whether it is checked. */
import { resolve } from 'node:path';
import { RULE_METAS, analyze, explain, resolveRelease, scopeOf, type Analysis, type Severity } from '../engine';
import { selectedPackages, versionOf } from '../engine';
import type { FileSettings, Origin } from '../engine/settings';
import { readText } from './files';
import type { Project } from './project';

const FROM: Record<string, string> = { default: 'default', 'config file': 'config file', settings: 'command line' };
const from = (origin: Origin) => FROM[origin] ?? `config file ${origin}`;

function why(analysis: Analysis, settings: FileSettings, configPath: string | undefined): string {
  if (settings.ignoredBy !== undefined) return `no: ignored by '${settings.ignoredBy}' in ${configPath}`;
  const declaredBy = settings.templateGlob !== undefined ? { glob: settings.templateGlob, where: configPath ?? 'the settings' } : undefined;
  return explain(analysis, declaredBy).short;
}

interface EffectiveConfig {
  file: string;
  configFile: string | null;
  checked: boolean;
  kind: string | null;
  why: string;
  release: { value: string; from: string };
  driver: { value: string; from: string } | null;
  capiDriver: { value: string; from: string } | null;
  /** The version answering for each Cluster API package magnum.conf may configure. */
  driverVersions: Record<string, { value: string; from: string }>;
  rules: Record<string, { severity: Severity | 'off'; from: string }>;
}

export function effectiveConfig(file: string, project: Project): EffectiveConfig {
  const path = resolve(project.cwd, file);
  const settings = project.settingsFor(file);
  const config = project.configFor(file);
  const configFile = config ? project.display(config.path) : null;
  const analysis = analyze({ path, text: readText(file), heatTemplate: settings.heatTemplate });
  const { release, driver, capiDriver, rules = {} } = settings.settings;
  const scope = analysis.kind === undefined ? undefined : scopeOf(analysis, { release });
  const detected = scope?.driver;
  // A language's own rules (shared ones, such as the cluster-template rules, included), then the engine's.
  const own = new Set(analysis.kind === undefined ? [] : analysis.language.rules.map((r) => r.meta.id));
  const applies = RULE_METAS.filter((m) => own.has(m.id) || (analysis.kind !== undefined && m.appliesTo === 'all'));
  return {
    file,
    configFile,
    checked: analysis.kind !== undefined && settings.ignoredBy === undefined,
    kind: analysis.kind ?? null,
    why: why(analysis, settings, configFile ?? undefined),
    release: { value: scope?.release ?? resolveRelease(release), from: release === undefined ? 'default, the newest known' : from(settings.origin.release) },
    driver: driver !== undefined ? { value: driver, from: from(settings.origin.driver) }
      : detected !== undefined ? { value: detected, from: 'path, drivers/<driver>/templates/' } : null,
    capiDriver: capiDriver !== undefined ? { value: capiDriver, from: from(settings.origin.capiDriver) } : null,
    driverVersions: Object.fromEntries(selectedPackages(settings.settings).map((pkg) => {
      const { version, chosen } = versionOf(pkg, settings.settings);
      return [pkg, { value: version, from: chosen ? from(settings.origin.driverVersions[pkg] ?? 'default') : 'default, the newest known' }];
    })),
    rules: Object.fromEntries(applies.map((m) => [m.id, { severity: rules[m.id] ?? m.severity, from: from(settings.origin.rules[m.id] ?? 'default') }])),
  };
}

/** The Cluster API lines, shown when a config file or a flag sets one of them (JSON always has them). */
function capiLines(c: EffectiveConfig): string[] {
  const versions = Object.entries(c.driverVersions);
  if (!c.capiDriver && versions.every(([, v]) => v.from.startsWith('default'))) return [];
  return [
    `capi driver:  ${c.capiDriver ? `${c.capiDriver.value} (${c.capiDriver.from})` : '(either)'}`,
    ...versions.map(([pkg, v]) => `version:      ${pkg} ${v.value} (${v.from})`),
  ];
}

export function formatEffectiveConfig(c: EffectiveConfig): string {
  const width = Math.max(0, ...Object.keys(c.rules).map((id) => id.length));
  return [
    `file:         ${c.file}`,
    `config file:  ${c.configFile ?? '(none)'}`,
    `checked:      ${c.why}`,
    `release:      ${c.release.value} (${c.release.from})`,
    `driver:       ${c.driver ? `${c.driver.value} (${c.driver.from})` : '(none)'}`,
    ...capiLines(c),
    ...(Object.keys(c.rules).length > 0 ? ['rules:'] : []),
    ...Object.entries(c.rules).map(([id, r]) => `  ${id.padEnd(width)}  ${r.severity.padEnd(11)}  ${r.from}`),
  ].join('\n');
}
