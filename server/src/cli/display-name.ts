/**
 * A file name as the terminal may see it: control characters (ANSI escapes, line breaks, C1 codes) and
 * the replacement character of a name that was not UTF-8 are written as escapes, so a checkout cannot
 * move the cursor, fake output lines or hide a name.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffd]/g;

export function displayName(path: string): string {
  return path.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
