/** The file name of a path or URI (query and fragment dropped, percent-escapes decoded). */
export function fileNameOf(path: string): string {
  let clean = path.replace(/[?#].*$/, '');
  try {
    clean = decodeURIComponent(clean);
  } catch {
    // A lone '%' is a literal character in a path.
  }
  return clean.split(/[\\/]/).pop() ?? path;
}
