/** Reads `.magnum-heat.yaml` text into a ProjectConfig; every problem becomes a diagnostic on the file. */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { TOO_DEEP, tooDeepAt } from '../yaml/nesting';
import { RELEASES } from '../../knowledge/releases';
import { capiDriverProblem, driverVersionProblem, isDriverName, isGlob, isRelease, isRuleKey, isRuleSetting, nearestRelease, nearestRule, RULE_SETTINGS } from '../../settings/schema';
import { LineIndex, type Span } from '../../core/text';
import type { Diagnostic, RuleSetting } from '../../core/types';
import type { CapiPackage } from '../../knowledge/capi-drivers';
import { didYouMean } from '../../core/util/did-you-mean';
import { LAYER_KEYS, type ConfigOverride, type ProjectConfig, type SettingsLayer } from '../../settings/types';

export const CONFIG_RULE_ID = 'project-config-invalid';
const TOP_KEYS = [...LAYER_KEYS, 'ignore', 'templateGlobs', 'overrides'];
const OVERRIDE_KEYS = ['files', ...LAYER_KEYS];

export interface ConfigProblem {
  message: string;
  span: Span;
}

/** The node's span without the line breaks and blanks a block collection ends with. */
const spanOf = (node: unknown, source: string): Span | undefined => {
  const range = (node as Node | null | undefined)?.range;
  if (!range) return undefined;
  let end = range[1];
  while (end > range[0] && /\s/.test(source[end - 1])) end--;
  return end > range[0] ? { start: range[0], end } : undefined;
};

const suggestion = (name: string, candidates: Iterable<string>): string => {
  const near = didYouMean(name, candidates);
  return near ? ` Did you mean '${near}'?` : '';
};

/** A scalar's text: the file is read with the failsafe schema, so `2024.1` and `off` stay strings. */
function text(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

class ConfigReader {
  readonly problems: ConfigProblem[] = [];

  constructor(private readonly source: string) {}

  /** The node of the value being read; an empty value is reported on its key. */
  private at: unknown;

  private report(node: unknown, message: string): void {
    this.problems.push({ message, span: spanOf(node, this.source) ?? spanOf(this.at, this.source) ?? { start: 0, end: 0 } });
  }

  /** Reads a value with `key` as the place to report it when the value itself is empty. */
  private within<T>(key: unknown, read: () => T): T {
    const outer = this.at;
    this.at = key;
    try {
      return read();
    } finally {
      this.at = outer;
    }
  }

  /** Pairs of a mapping with their key text; unknown keys are reported and left out. */
  entries(node: unknown, allowed: readonly string[], where: string): Array<[string, Pair]> {
    if (!isMap(node)) {
      this.report(node, `${where} must be a mapping of ${allowed.join(', ')}.`);
      return [];
    }
    const out: Array<[string, Pair]> = [];
    for (const pair of node.items) {
      const key = text(pair.key);
      if (key !== undefined && allowed.includes(key)) out.push([key, pair]);
      else this.report(pair.key, `Unknown setting '${key ?? String(pair.key)}' in ${where} (known: ${allowed.join(', ')}).${suggestion(key ?? '', allowed)}`);
    }
    return out;
  }

  /** A list of globs; a single glob is accepted too. */
  globs(node: unknown, name: string): string[] {
    if (isScalar(node) && node.value === '') return [];
    const items = isSeq(node) ? node.items : [node];
    const out: string[] = [];
    for (const item of items) {
      const glob = text(item);
      const valid = name === 'environments' ? glob !== undefined && glob.trim() !== '' : isGlob(glob);
      if (!valid || glob === undefined) this.report(item, name === 'environments' ? "'environments' takes Heat environment files (strings), like \"environments/site.yaml\"." : `'${name}' takes globs (strings), like "drivers/**/templates/*.yaml".`);
      else out.push(glob);
    }
    return out;
  }

  release(node: unknown): string | undefined {
    const release = text(node);
    if (isRelease(release)) return release;
    const near = nearestRelease(release ?? '');
    this.report(node, `Unknown OpenStack release '${release ?? ''}' (known: ${RELEASES.join(', ')}).${near ? ` Did you mean '${near}'?` : ''}`);
    return undefined;
  }

  driver(node: unknown): string | undefined {
    const driver = text(node);
    if (isDriverName(driver)) return driver;
    this.report(node, "'driver' takes a Magnum driver name, like swarm_fedora_atomic_v2.");
    return undefined;
  }

  capiDriver(node: unknown): CapiPackage | undefined {
    const name = text(node) ?? '';
    const problem = capiDriverProblem(name);
    if (!problem) return name as CapiPackage;
    this.report(node, `'capiDriver': ${problem}`);
    return undefined;
  }

  driverVersions(node: unknown): Partial<Record<CapiPackage, string>> {
    const versions: Partial<Record<CapiPackage, string>> = {};
    if (!isMap(node)) {
      this.report(node, "'driverVersions' must map a Cluster API driver package to its version, like magnum-capi-helm: 1.4.0.");
      return versions;
    }
    for (const pair of node.items) {
      const name = text(pair.key) ?? '';
      const version = text(pair.value);
      const problem = driverVersionProblem(name, version);
      if (!problem) versions[name as CapiPackage] = version;
      else if (capiDriverProblem(name)) this.report(pair.key, `'driverVersions': ${problem}`);
      else this.within(pair.key, () => this.report(pair.value, `'driverVersions': ${problem}`));
    }
    return versions;
  }

  rules(node: unknown): Record<string, RuleSetting> {
    const rules: Record<string, RuleSetting> = {};
    if (!isMap(node)) {
      this.report(node, "'rules' must map rule ids (or '*' for every rule) to off, error, warning, information or hint.");
      return rules;
    }
    for (const pair of node.items) {
      const id = text(pair.key) ?? '';
      const value = text(pair.value);
      const near = nearestRule(id);
      if (!isRuleKey(id)) this.report(pair.key, `Unknown rule '${id}'.${near ? ` Did you mean '${near}'?` : ''} 'magnum-heat lint --list-rules' lists them.`);
      else if (!isRuleSetting(value)) this.within(pair.key, () => this.report(pair.value, `Rule '${id}': '${value ?? ''}' is not one of ${RULE_SETTINGS.join(', ')}.`));
      else rules[id] = value as RuleSetting;
    }
    return rules;
  }

  layer(key: string, value: unknown, into: SettingsLayer): void {
    if (key === 'release') into.release = this.release(value);
    else if (key === 'driver') into.driver = this.driver(value);
    else if (key === 'capiDriver') into.capiDriver = this.capiDriver(value);
    else if (key === 'driverVersions') into.driverVersions = this.driverVersions(value);
    else if (key === 'rules') into.rules = this.rules(value);
    else if (key === 'environments') into.environments = this.globs(value, 'environments');
  }

  override(node: unknown, index: number): ConfigOverride | undefined {
    const where = `overrides[${index}]`;
    const override: ConfigOverride = { files: [] };
    let hasFiles = false;
    for (const [key, pair] of this.entries(node, OVERRIDE_KEYS, where)) {
      if (key === 'files') {
        override.files = this.within(pair.key, () => this.globs(pair.value, 'files'));
        hasFiles = true;
      } else this.within(pair.key, () => this.layer(key, pair.value, override));
    }
    if (!isMap(node)) return undefined;
    if (!hasFiles) this.report(node, `${where} needs 'files': the globs of the files it applies to.`);
    return override.files.length > 0 ? override : undefined;
  }

  config(node: unknown): ProjectConfig {
    const config: ProjectConfig = { ignore: [], templateGlobs: [], overrides: [] };
    if (node === null || node === undefined) return config;
    for (const [key, pair] of this.entries(node, TOP_KEYS, 'the configuration')) {
      this.within(pair.key, () => {
        if (key === 'ignore') config.ignore = this.globs(pair.value, key);
        else if (key === 'templateGlobs') config.templateGlobs = this.globs(pair.value, key);
        else if (key === 'overrides') {
          const items = isSeq(pair.value) ? pair.value.items : undefined;
          if (!items) this.report(pair.value, "'overrides' must be a list of { files, release, driver, rules }.");
          else config.overrides = items.flatMap((item, i) => this.override(item, i) ?? []);
        } else this.layer(key, pair.value, config);
      });
    }
    return config;
  }
}

function stripUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
  return value;
}

/** Reads the text of a `.magnum-heat.yaml`. Invalid entries are left out and reported; the rest applies. */
export function readProjectConfig(source: string): { config: ProjectConfig; problems: ConfigProblem[] } {
  const deep = tooDeepAt(source);
  if (deep !== undefined) return { config: { ignore: [], templateGlobs: [], overrides: [] }, problems: [{ message: `YAML: ${TOO_DEEP}`, span: { start: deep, end: deep + 1 } }] };
  const doc = parseDocument(source, { prettyErrors: false, schema: 'failsafe' });
  const reader = new ConfigReader(source);
  const syntax: ConfigProblem[] = doc.errors.map((e) => ({ message: `YAML: ${e.message.split('\n')[0]}`, span: { start: e.pos[0], end: Math.max(e.pos[0], e.pos[1]) } }));
  const config = syntax.length > 0 ? { ignore: [], templateGlobs: [], overrides: [] } : reader.config(doc.contents);
  config.overrides.forEach(stripUndefined);
  return { config: stripUndefined(config), problems: [...syntax, ...reader.problems] };
}

/** The config and its problems as diagnostics of the file (rule `project-config-invalid`). */
export function parseProjectConfig(source: string): { config: ProjectConfig; diagnostics: Diagnostic[] } {
  const { config, problems } = readProjectConfig(source);
  const index = new LineIndex(source);
  const diagnostics = problems.map((p): Diagnostic => ({ rule: CONFIG_RULE_ID, severity: 'error', message: p.message, range: index.rangeOf(p.span), fixes: [] }));
  return { config, diagnostics };
}
