import { isKnownRelease, RELEASES } from '../engine/knowledge/releases';

export type OutputFormat = 'text' | 'json';

export interface LintCommand {
  command: 'lint';
  format: OutputFormat;
  release?: string;
  driver?: string;
  fix: boolean;
  paths: string[];
}

export type Command = LintCommand | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: magnum-heat lint [--format text|json] [--release NAME] [--driver NAME] [--fix] PATH...

Checks magnum.conf files and OpenStack Heat templates. A folder is searched for *.conf files and
YAML files holding heat_template_version.

  --format text|json   output format (default: text)
  --release NAME       OpenStack release (${RELEASES[0]} ... ${RELEASES[RELEASES.length - 1]}; default: the newest)
  --driver NAME        Magnum driver (default: detected from drivers/<driver>/templates/ in the path)
  --fix                apply every preferred fix in place, then report what is left

Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable input.`;

export function parseArgs(argv: string[]): Command {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  if (argv[0] !== 'lint') throw new UsageError(`unknown command '${argv[0]}' (expected 'lint')`);
  const cmd: LintCommand = { command: 'lint', format: 'text', fix: false, paths: [] };
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const format = value();
        if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not '${format}'`);
        cmd.format = format;
        break;
      }
      case '--release': {
        const release = value();
        if (!isKnownRelease(release)) throw new UsageError(`unknown release '${release}' (known: ${RELEASES.join(', ')})`);
        cmd.release = release;
        break;
      }
      case '--driver':
        cmd.driver = value();
        break;
      case '--fix':
        cmd.fix = true;
        break;
      case '--help':
      case '-h':
        return { command: 'help' };
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
        cmd.paths.push(arg);
    }
  }
  if (cmd.paths.length === 0) throw new UsageError('no PATH given');
  return cmd;
}
