import { didYouMean, NEWEST_RELEASE, RELEASES, type CapiPackage, type RuleSetting } from '../engine';
import { capiDriverProblem, driverVersionProblem, isRelease, isRuleKey, isRuleSetting, RULE_SETTINGS } from '../engine/settings/schema';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type ColorMode = 'auto' | 'always' | 'never';
/** Text output: `grouped` per file (with release and driver), or `compact` (file:line:col: severity: message [rule]). */
export type TextLayout = 'auto' | 'grouped' | 'compact';
const LAYOUTS: readonly TextLayout[] = ['grouped', 'compact'];

export interface LintCommand {
  command: 'lint';
  format: OutputFormat;
  release?: string;
  driver?: string;
  /** --capi-driver NAME: the one Cluster API driver package installed. */
  capiDriver?: CapiPackage;
  /** --driver-version PACKAGE=VERSION, repeatable. */
  driverVersions: Partial<Record<CapiPackage, string>>;
  /** --config FILE: use this file for every path instead of searching for `.magnum-heat.yaml`. */
  config?: string;
  /** --no-config: no project config file at all. */
  noConfig: boolean;
  /** --rule RULE=severity, in order; `*` is every rule. */
  rules: Record<string, RuleSetting>;
  fix: boolean;
  fixDryRun: boolean;
  maxWarnings?: number;
  quiet: boolean;
  listRules: boolean;
  printConfig?: string;
  /** Hints are shown in text output only when asked. */
  includeHints: boolean;
  color: ColorMode;
  layout: TextLayout;
  /** With the path `-`: the name the text from stdin is checked as (kind, driver, config). */
  stdinFilename?: string;
  paths: string[];
}

export type Command = LintCommand | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const FLAGS = ['--format', '--release', '--driver', '--rule', '--config', '--no-config', '--fix', '--fix-dry-run', '--max-warnings', '--quiet', '--list-rules', '--print-config', '--include-hints', '--color', '--no-color', '--stdin-filename', '--layout', '--help'];

export const USAGE = `Usage: magnum-heat lint [options] PATH...
       magnum-heat lint --list-rules | --print-config FILE

Checks magnum.conf files and OpenStack Heat templates. A folder is searched for *.conf files and
YAML files holding heat_template_version. Settings come from the nearest .magnum-heat.yaml above
each file; options given here take precedence over it.

  --format text|json|sarif  output format (default: text)
  --layout grouped|compact  text: grouped per file with release and driver, or one line per finding
                            (file:line:col: severity: message [rule]); default: grouped on a terminal
  --release NAME            OpenStack release (${RELEASES[0]} ... ${RELEASES[RELEASES.length - 1]}; default: the newest stable, ${NEWEST_RELEASE})
  --driver NAME             Magnum driver (default: detected from drivers/<driver>/templates/ in the path)
  --capi-driver NAME        the one Cluster API driver installed: magnum-capi-helm or magnum-cluster-api
                            (default: either; magnum.conf sections of the other are then read by nobody)
  --driver-version DRIVER=VERSION
                            the installed version of a Cluster API driver, e.g. magnum-capi-helm=1.3.0
                            (repeatable; default: the newest known)
  --rule RULE=SEVERITY      set a rule to off|error|warning|information|hint (repeatable; RULE * = every rule)
  --config FILE             use this config file for every path instead of searching for .magnum-heat.yaml
  --no-config               use no config file
  --fix                     apply every preferred fix in place, then report what is left
  --fix-dry-run             print the fixes as a unified diff instead of writing them
  --max-warnings N          exit 1 when there are more than N warnings
  --quiet                   report errors only
  --list-rules              list every rule: id, default severity, docs page, summary
  --print-config FILE       print the settings in force for FILE and why it is (not) checked
  --include-hints           also show hints in text output (they are counted either way)
  --color, --no-color       colour text output (default: on a terminal, unless NO_COLOR is set)
  --stdin-filename NAME     with the PATH '-': check stdin as the file NAME (its kind, driver, config)

Exit status: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 bad usage or
unreadable input.`;

function ruleOverride(spec: string, into: Record<string, RuleSetting>): void {
  const eq = spec.lastIndexOf('=');
  const [id, severity] = eq < 0 ? [spec, ''] : [spec.slice(0, eq).trim(), spec.slice(eq + 1).trim()];
  if (!isRuleKey(id)) throw new UsageError(`--rule: unknown rule '${id}' (see --list-rules)`);
  if (!isRuleSetting(severity)) throw new UsageError(`--rule ${spec}: expected ${id}=${RULE_SETTINGS.join('|')}`);
  into[id] = severity;
}

function driverVersion(spec: string, into: Partial<Record<CapiPackage, string>>): void {
  const eq = spec.indexOf('=');
  if (eq < 0) throw new UsageError(`--driver-version ${spec}: expected DRIVER=VERSION, e.g. magnum-capi-helm=1.4.0`);
  const [name, version] = [spec.slice(0, eq).trim(), spec.slice(eq + 1).trim()];
  const problem = driverVersionProblem(name, version);
  if (problem) throw new UsageError(`--driver-version: ${problem}`);
  into[name as CapiPackage] = version;
}

function count(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} needs a whole number >= 0, not '${text}'`);
  return Number(text);
}

function check(cmd: LintCommand): LintCommand {
  if (cmd.fix && cmd.fixDryRun) throw new UsageError('--fix and --fix-dry-run exclude each other');
  if (cmd.config !== undefined && cmd.noConfig) throw new UsageError('--config and --no-config exclude each other');
  if (cmd.listRules && cmd.format === 'sarif') throw new UsageError('--list-rules prints text or json');
  if (cmd.printConfig !== undefined && cmd.format === 'sarif') throw new UsageError('--print-config prints text or json');
  if (!cmd.listRules && cmd.printConfig === undefined && cmd.paths.length === 0) throw new UsageError('no PATH given');
  if (cmd.paths.filter((p) => p === '-').length > 1) throw new UsageError("stdin ('-') can be read once");
  if (cmd.fix && cmd.paths.includes('-')) throw new UsageError("--fix cannot write back to stdin ('-'): use --fix-dry-run");
  if (cmd.stdinFilename !== undefined && !cmd.paths.includes('-')) throw new UsageError("--stdin-filename goes with the PATH '-'");
  return cmd;
}

export function parseArgs(argv: string[]): Command {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  if (argv[0] !== 'lint') throw new UsageError(`unknown command '${argv[0]}' (expected 'lint')`);
  const cmd: LintCommand = {
    command: 'lint', format: 'text', noConfig: false, driverVersions: {}, rules: {}, fix: false, fixDryRun: false, quiet: false, listRules: false,
    includeHints: false, color: 'auto', layout: 'auto', paths: [],
  };
  const args = argv.slice(1);
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      cmd.paths.push(arg);
      continue;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const toggle = (): true => {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
      return true;
    };
    switch (flag) {
      case '--': onlyPaths = true; break;
      case '--format': {
        const format = value();
        if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not '${format}'`);
        cmd.format = format as OutputFormat;
        break;
      }
      case '--release': {
        const given = value();
        const release = RELEASES.find((r) => r.toLowerCase() === given.toLowerCase());
        if (release === undefined || !isRelease(release)) {
          const near = didYouMean(given, RELEASES);
          throw new UsageError(`unknown release '${given}'${near ? ` (did you mean '${near}'?)` : ''} (known: ${RELEASES.join(', ')})`);
        }
        cmd.release = release;
        break;
      }
      case '--driver': cmd.driver = value(); break;
      case '--capi-driver': {
        const name = value();
        const problem = capiDriverProblem(name);
        if (problem) throw new UsageError(`--capi-driver: ${problem}`);
        cmd.capiDriver = name as CapiPackage;
        break;
      }
      case '--driver-version': driverVersion(value(), cmd.driverVersions); break;
      case '--rule': ruleOverride(value(), cmd.rules); break;
      case '--config': cmd.config = value(); break;
      case '--no-config': cmd.noConfig = toggle(); break;
      case '--fix': cmd.fix = toggle(); break;
      case '--fix-dry-run': cmd.fixDryRun = toggle(); break;
      case '--max-warnings': cmd.maxWarnings = count(value(), flag); break;
      case '--quiet': cmd.quiet = toggle(); break;
      case '--list-rules': cmd.listRules = toggle(); break;
      case '--print-config': cmd.printConfig = value(); break;
      case '--include-hints': cmd.includeHints = toggle(); break;
      case '--color': cmd.color = toggle() && 'always'; break;
      case '--no-color': cmd.color = toggle() && 'never'; break;
      case '--stdin-filename': cmd.stdinFilename = value(); break;
      case '--layout': {
        const layout = value();
        if (!LAYOUTS.includes(layout as TextLayout)) throw new UsageError(`--layout must be ${LAYOUTS.join(' or ')}, not '${layout}'`);
        cmd.layout = layout as TextLayout;
        break;
      }
      case '--help':
      case '-h':
        return { command: 'help' };
      default: {
        const near = didYouMean(flag, FLAGS);
        throw new UsageError(`unknown option '${arg}'${near ? ` (did you mean '${near}'?)` : ''}`);
      }
    }
  }
  return check(cmd);
}
