/**
 * Passwords in URLs, found as the services that read them split a URL: userinfo ends at the last `@`
 * of the authority, so a password may hold `@`, `/`, `:` or `#` (written unencoded, as people do).
 * The whole run from the first `:` after the user name to that `@` is the password. A URL is read up
 * to a blank, a quote or an angle bracket; when its path holds an `@` too, more than the password is
 * masked, never less.
 */
const URL_TOKEN = /([a-z][a-z0-9+.-]*:\/\/)([^\s"'<>`]*)/gi;

export function maskUrlPasswords(text: string, mask: string): string {
  return text.replace(URL_TOKEN, (whole, scheme: string, rest: string) => {
    const at = rest.lastIndexOf('@');
    if (at < 0) return whole;
    const colon = rest.indexOf(':');
    if (colon < 0 || colon > at) return whole;
    return `${scheme}${rest.slice(0, colon + 1)}${mask}${rest.slice(at)}`;
  });
}
