/**
 * oslo.config's value types (oslo_config/types.py), as checks on the text of a value: what the
 * service would refuse with "Value for option ... is not valid" when it reads the option.
 */
import type { ConfOptionInfo } from '../../knowledge/conf-options';
import { didYouMean } from '../../core/util/did-you-mean';
import { pyStrip } from './tokenizer';
import { bareHost, isIPv4, isIPv6, parseUrl } from './url';

export interface ValueProblem {
  message: string;
  /** The value that was clearly meant, when there is one (a fix replaces the value with it). */
  replacement?: string;
  /** The fix's title when the replacement must not be shown (it holds credentials). */
  fixTitle?: string;
}

const BOOLEANS = ['true', '1', 'on', 'yes', 'false', '0', 'off', 'no'];
const DIGITS = String.raw`\d(?:_?\d)*`;
const INTEGER = new RegExp(`^[+-]?${DIGITS}$`);
const FLOAT = new RegExp(String.raw`^[+-]?(?:(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)$`, 'i');
const HOST_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const DEFAULT_PORT_RANGE = { min: 0, max: 65535 };
const SCHEME_PREFIX = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/** `$name` / `${name}` are substituted before conversion; such values cannot be judged here. */
export function hasSubstitution(value: string): boolean {
  return /\$(\{|[_a-z])/i.test(value.replace(/\$\$|\\\$/g, ''));
}

/** How a value may appear in a message: never a secret, never URL credentials, never very long. */
export function showValue(info: Pick<ConfOptionInfo, 'secret'>, value: string): string {
  if (info.secret) return 'the value';
  const safe = value.replace(/(:\/\/[^/@,\s]*?:)[^/@,\s]*@/g, '$1***@');
  return `'${safe.length > 60 ? `${safe.slice(0, 57)}...` : safe}'`;
}

function checkRange(n: number, info: ConfOptionInfo, shown: string, range = { min: info.min, max: info.max }): ValueProblem | undefined {
  if (range.min !== undefined && n < range.min) return { message: `${shown} is below the minimum ${range.min}` };
  if (range.max !== undefined && n > range.max) return { message: `${shown} is above the maximum ${range.max}` };
  return undefined;
}

function checkInteger(info: ConfOptionInfo, value: string, shown: string, port: boolean): ValueProblem | undefined {
  const text = pyStrip(value);
  if (text === '') return undefined; // oslo reads an empty integer as "not set"
  if (!INTEGER.test(text)) return { message: `${shown} is not ${port ? 'a port number' : 'an integer'}` };
  const range = port ? { min: info.min ?? DEFAULT_PORT_RANGE.min, max: info.max ?? DEFAULT_PORT_RANGE.max } : undefined;
  return checkRange(Number(text.replace(/_/g, '')), info, shown, range);
}

function checkFloat(info: ConfOptionInfo, value: string, shown: string): ValueProblem | undefined {
  const text = pyStrip(value);
  if (text === '') return undefined;
  if (!FLOAT.test(text)) return { message: `${shown} is not a number` };
  const n = Number(text.replace(/_/g, '').replace(/^([+-]?)inf(inity)?$/i, '$1Infinity'));
  return Number.isNaN(n) ? undefined : checkRange(n, info, shown);
}

function checkBoolean(value: string, shown: string): ValueProblem | undefined {
  if (BOOLEANS.includes(value.toLowerCase())) return undefined;
  return { message: `${shown} is not a boolean (oslo.config accepts true/false, yes/no, on/off, 1/0 in any case)`, replacement: didYouMean(value, BOOLEANS) };
}

function checkChoice(choices: string[], ignoreCase: boolean | undefined, value: string, shown: string): ValueProblem | undefined {
  const fold = (s: string) => (ignoreCase ? s.toLowerCase() : s);
  if (choices.some((c) => fold(c) === fold(value))) return undefined;
  const sameLetters = choices.find((c) => c.toLowerCase() === value.toLowerCase());
  return { message: `${shown} is not one of ${choices.join(', ')}`, replacement: sameLetters ?? didYouMean(value, choices) };
}

function checkListItems(itemChoices: string[], value: string): ValueProblem | undefined {
  const text = pyStrip(value).replace(/,+$/, '');
  if (text === '') return undefined;
  const bad = text.split(',').map(pyStrip).find((item) => !itemChoices.includes(item));
  return bad === undefined ? undefined : { message: `'${bad}' is not an allowed item (allowed: ${itemChoices.join(', ')})` };
}

/** oslo's Dict(String): NAME:VALUE pairs separated by ',' (a pair without ':' swallows the next piece). */
function checkDict(value: string): ValueProblem | undefined {
  const text = pyStrip(value);
  if (text === '') return undefined;
  const pieces = text.split(',');
  const keys = new Set<string>();
  while (pieces.length) {
    let pair = pieces.shift()!;
    while (!pair.includes(':')) {
      if (!pieces.length) return { message: 'the value should be NAME:VALUE pairs separated by ","' };
      pair += `,${pieces.shift()}`;
    }
    const key = pyStrip(pair.slice(0, pair.indexOf(':')));
    if (key === '') return { message: 'a key name is empty' };
    if (keys.has(key)) return { message: `the key '${key}' is given twice` };
    keys.add(key);
  }
  return undefined;
}

function isHostname(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false;
  const labels = value.replace(/\.$/, '').split('.');
  return /[a-zA-Z-]/.test(labels[labels.length - 1]) && labels.every((l) => HOST_LABEL.test(l));
}

const URL_RESERVED: Record<string, string> = { '#': '%23', '?': '%3F', '/': '%2F' };

/**
 * oslo.messaging reads a transport URL with urllib's urlparse: a '#', '?' or '/' in a password ends the
 * authority there, so the rest of the password is read as the port (int() raises ValueError) or lost.
 * It unquotes user and password, so percent-encoding them is the fix.
 */
function transportCredentials(value: string): ValueProblem | undefined {
  const start = value.indexOf('://') + 3;
  const lastAt = value.lastIndexOf('@');
  const userinfo = value.slice(start, lastAt);
  const bad = [...new Set(userinfo.match(/[#?/]/g) ?? [])];
  if (lastAt < start || !bad.length) return undefined;
  return {
    message: `a ${bad.map((c) => `'${c}'`).join(', ')} in the credentials ends the URL's host part for oslo.messaging's parser (urllib), `
      + 'so the rest of the password is read as the port (ValueError) or the path; percent-encode it '
      + `(${bad.map((c) => `${c} as ${URL_RESERVED[c]}`).join(', ')})`,
    replacement: value.slice(0, start) + userinfo.replace(/[#?/]/g, (c) => URL_RESERVED[c]) + value.slice(lastAt),
    fixTitle: `Percent-encode ${bad.map((c) => `'${c}'`).join(', ')} in the credentials`,
  };
}

/** SQLAlchemy's make_url pattern: the password runs to the '@', so '#', '?' and '/' in it are fine there. */
const SQLALCHEMY_URL = /^[\w+]+:\/\/(?:[^:/]*(?::[^@]*)?@)?(?:(\[[^/?]+\]|[^/:?]+)?(?::([^/?]*))?)?(?:\/[^?]*)?(?:\?.*)?$/s;

function checkSqlalchemyUrl(value: string, shown: string): ValueProblem | undefined {
  const m = SQLALCHEMY_URL.exec(value);
  if (!m) return { message: `${shown} is not a URL of the form dialect+driver://user:pass@host:port/database` };
  const [, host, port] = m;
  if (port !== undefined && port !== '' && !/^\d+$/.test(port)) return { message: `the port of ${host ? `host ${bareHost(host)}` : 'the URL'} is not a number` };
  return undefined;
}

function checkUrl(info: ConfOptionInfo, value: string, shown: string): ValueProblem | undefined {
  if (value === '') return undefined;
  if (info.format === 'sqlalchemy-url') return checkSqlalchemyUrl(value, shown);
  if (info.format === 'transport-url' && SCHEME_PREFIX.test(value)) {
    const credentials = transportCredentials(value);
    if (credentials) return credentials;
  }
  const url = parseUrl(value);
  const form = info.format === 'transport-url' ? 'driver://user:pass@host:port/' : 'scheme://host[:port]/path';
  if (!url) return { message: `${shown} is not a URL of the form ${form}` };
  if (info.format === 'url' && (url.hosts.length !== 1 || url.hosts[0].host === '')) return { message: `${shown} names no host (expected ${form})` };
  for (const { port, host } of url.hosts) {
    if (port === undefined) continue;
    if (!/^\d+$/.test(port)) return { message: `the port of ${host ? `host ${bareHost(host)}` : 'the URL'} is not a number` };
    if (Number(port) > DEFAULT_PORT_RANGE.max) return { message: `the port ${port} is above ${DEFAULT_PORT_RANGE.max}` };
  }
  return undefined;
}

/** A string the reading code hands to json.loads: strict JSON only (no trailing commas, no single quotes). */
function checkJson(value: string, shown: string): ValueProblem | undefined {
  if (value.trim() === '') return undefined;
  try {
    JSON.parse(value);
    return undefined;
  } catch {
    return { message: `${shown} is not strict JSON, which the driver's json.loads requires` };
  }
}

/** The problem oslo.config (or the code reading a URL option) would have with the value; undefined when fine. */
export function checkValue(info: ConfOptionInfo, value: string): ValueProblem | undefined {
  if (hasSubstitution(value)) return undefined;
  const shown = showValue(info, value);
  switch (info.type) {
    case 'BoolOpt':
      return checkBoolean(value, shown);
    case 'IntOpt':
      return checkInteger(info, value, shown, false);
    case 'PortOpt':
      return checkInteger(info, value, shown, true);
    case 'FloatOpt':
      return checkFloat(info, value, shown);
    case 'ListOpt':
      return info.itemChoices ? checkListItems(info.itemChoices, value) : undefined;
    case 'DictOpt':
      return checkDict(value);
    case 'IPOpt':
      return isIPv4(value) || isIPv6(value) ? undefined : { message: `${shown} is not an IPv4 or IPv6 address` };
    case 'HostAddressOpt':
      return isIPv4(value) || isIPv6(value) || isHostname(value) ? undefined : { message: `${shown} is not an IP address or host name` };
    case 'URIOpt':
      return checkUrl({ ...info, format: 'url' }, value, shown);
    default:
      if (info.choices) return checkChoice(info.choices, info.ignoreCase, value, shown);
      if (info.format === 'json') return checkJson(value, shown);
      return info.format ? checkUrl(info, value, shown) : undefined;
  }
}
