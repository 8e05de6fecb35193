/**
 * The real oslo.config (Debian's python3-oslo.config, installed by scripts/setup-test-deps.sh) as a
 * test oracle. Tests may spawn Python; the product never does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PYTHON = '/usr/bin/python3';

/** Why the oracle cannot run here, or undefined when it can. */
export function osloUnavailable(): string | undefined {
  if (!existsSync(PYTHON)) return `${PYTHON} is missing`;
  const probe = spawnSync(PYTHON, ['-c', 'import oslo_config'], { encoding: 'utf8' });
  return probe.status === 0 ? undefined : 'python3-oslo.config is not installed (run scripts/setup-test-deps.sh)';
}

function runPython<T>(script: string, input: unknown): T {
  const result = spawnSync(PYTHON, ['-c', script], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`oslo oracle failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/** What cfg.ConfigParser made of one file: its assignments in order, its section dicts, the first error. */
export interface OsloParse {
  assignments: Array<[string, string, string]>;
  sections: Record<string, Record<string, string[]>>;
  normalized: Record<string, Record<string, string[]>>;
  error: { message: string; line: number } | null;
}

const PARSE_SCRIPT = String.raw`
import json, os, sys, tempfile
from oslo_config import cfg, iniparser

class Recorder(cfg.ConfigParser):
    def __init__(self, filename, sections):
        super().__init__(filename, sections)
        self.assignments = []
    def assignment(self, key, value):
        super().assignment(key, value)
        self.assignments.append([self.section, key, '\n'.join(value)])

out = []
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'input.conf')
    for text in json.load(sys.stdin):
        with open(path, 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        sections, normalized = {}, {}
        parser = Recorder(path, sections)
        parser._add_normalized(normalized)
        error = None
        try:
            parser.parse()
        except iniparser.ParseError as e:
            error = {'message': e.msg, 'line': e.lineno}
        out.append({'assignments': parser.assignments, 'sections': sections, 'normalized': normalized, 'error': error})
json.dump(out, sys.stdout)
`;

/** Parses every text with the real cfg.ConfigParser (through a file, as services read it). */
export function osloParse(texts: string[]): OsloParse[] {
  return runPython<OsloParse[]>(PARSE_SCRIPT, texts);
}

const CONVERT_SCRIPT = String.raw`
import json, sys
from oslo_config import types

def make(spec):
    kind = spec['type']
    if kind == 'BoolOpt': return types.Boolean()
    if kind == 'IntOpt': return types.Integer(min=spec.get('min'), max=spec.get('max'))
    if kind == 'PortOpt': return types.Port(min=spec.get('min'), max=spec.get('max'))
    if kind == 'FloatOpt': return types.Float(min=spec.get('min'), max=spec.get('max'))
    if kind == 'IPOpt': return types.IPAddress()
    if kind == 'HostAddressOpt': return types.HostAddress()
    if kind == 'DictOpt': return types.Dict()
    if kind == 'ListOpt': return types.List(item_type=types.String(choices=spec.get('itemChoices')))
    return types.String(choices=spec.get('choices'), ignore_case=spec.get('ignoreCase', False))

out = []
for spec, value in json.load(sys.stdin):
    try:
        make(spec)(value)
        out.append(True)
    except ValueError:
        out.append(False)
json.dump(out, sys.stdout)
`;

export interface TypeSpec {
  type: string;
  min?: number;
  max?: number;
  choices?: string[];
  ignoreCase?: boolean;
  itemChoices?: string[];
}

/** Whether oslo.config's type for each spec accepts the value, as it converts a value read from a file. */
export function osloAccepts(cases: Array<[TypeSpec, string]>): boolean[] {
  return runPython<boolean[]>(CONVERT_SCRIPT, cases);
}
