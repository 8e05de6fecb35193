/**
 * URLs in option values (`scheme://user:pass@host:port/path`), with offsets relative to the text
 * parsed. Transport URLs list several hosts separated by commas; every host is reported.
 */
import type { Span } from '../../core/text';

export interface UrlHost {
  host: string;
  hostSpan: Span;
  port?: string;
  portSpan?: Span;
  /** user[:password] before '@'; never shown. */
  userinfoSpan?: Span;
}

export interface ParsedUrl {
  scheme: string;
  hosts: UrlHost[];
  /** Everything after the authority (path, query, fragment). */
  rest: string;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;

function parseHost(text: string, start: number, end: number): UrlHost {
  const part = text.slice(start, end);
  const at = part.lastIndexOf('@');
  const hostStart = start + at + 1;
  const hostPort = text.slice(hostStart, end);
  let hostEnd = end;
  let port: string | undefined;
  let portSpan: Span | undefined;
  const bracket = hostPort.startsWith('[') ? hostPort.indexOf(']') : -1;
  const colon = hostPort.indexOf(':', bracket >= 0 ? bracket : 0);
  if (colon >= 0 && (bracket >= 0 || hostPort.indexOf(':') === hostPort.lastIndexOf(':'))) {
    hostEnd = hostStart + colon;
    port = hostPort.slice(colon + 1);
    portSpan = { start: hostEnd + 1, end };
  }
  return {
    host: text.slice(hostStart, hostEnd),
    hostSpan: { start: hostStart, end: hostEnd },
    ...(port !== undefined ? { port, portSpan } : {}),
    ...(at >= 0 ? { userinfoSpan: { start, end: start + at } } : {}),
  };
}

/** undefined when the text does not start with `scheme://`. */
export function parseUrl(text: string): ParsedUrl | undefined {
  const m = SCHEME.exec(text);
  if (!m) return undefined;
  const authorityStart = m[0].length;
  const stop = text.slice(authorityStart).search(/[/?#]/);
  const authorityEnd = stop < 0 ? text.length : authorityStart + stop;
  const hosts: UrlHost[] = [];
  if (authorityEnd > authorityStart) {
    let start = authorityStart;
    for (let i = authorityStart; i <= authorityEnd; i++) {
      if (i === authorityEnd || text[i] === ',') {
        hosts.push(parseHost(text, start, i));
        start = i + 1;
      }
    }
  }
  return { scheme: m[1], hosts, rest: text.slice(authorityEnd) };
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIPv4(text: string): boolean {
  return IPV4.test(text);
}

/** RFC 4291 text forms, as inet_pton accepts them (no zone index). */
export function isIPv6(text: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const compressed = halves.length === 2;
  const pieces = (s: string) => (s === '' ? [] : s.split(':'));
  const groups = [...pieces(halves[0]), ...(compressed ? pieces(halves[1]) : [])];
  let units = 0;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const lastOfAll = i === groups.length - 1 && (!compressed || halves[1] !== '');
    if (lastOfAll && g.includes('.')) {
      if (!isIPv4(g)) return false;
      units += 2;
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(g)) {
      units++;
    } else {
      return false;
    }
  }
  return compressed ? units <= 7 : units === 8;
}

/** The host of a URL without IPv6 brackets. */
export function bareHost(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
