import type { ConfDocument, ConfEntry, ConfSection } from './tokenizer';

/** oslo.config looks groups up lower-cased, except DEFAULT which must be spelled exactly. */
export function normalizeGroup(name: string): string {
  return name === 'DEFAULT' ? name : name.toLowerCase();
}

/** oslo.config treats dashes and underscores in option names alike. */
export function normalizeKey(key: string): string {
  return key.replace(/-/g, '_');
}

export function sectionsOf(doc: ConfDocument, group: string): ConfSection[] {
  return doc.sections.filter((s) => normalizeGroup(s.name) === group);
}

/** Every occurrence of an option of a group, in file order (the last one wins in oslo). */
export function entriesOf(doc: ConfDocument, group: string, key: string): ConfEntry[] {
  return sectionsOf(doc, group).flatMap((s) => s.entries.filter((e) => normalizeKey(e.key) === key));
}

export function entryGroup(entry: ConfEntry): string | undefined {
  return entry.section ? normalizeGroup(entry.section.name) : undefined;
}

const grouped = new WeakMap<ConfDocument, Array<{ group: string; entry: ConfEntry }>>();

/** Every entry that belongs to a section, with its group, in file order (computed once per document). */
export function groupedEntries(doc: ConfDocument): Array<{ group: string; entry: ConfEntry }> {
  let list = grouped.get(doc);
  if (!list) {
    list = doc.entries.flatMap((entry) => (entry.section ? [{ group: normalizeGroup(entry.section.name), entry }] : []));
    grouped.set(doc, list);
  }
  return list;
}

/** The offset of the value's first character (after a stripped quote); undefined for multi-line values. */
export function valueStart(entry: ConfEntry): number | undefined {
  if (entry.value.includes('\n')) return undefined;
  const raw = entry.valueSpan.end - entry.valueSpan.start;
  return entry.valueSpan.start + (raw === entry.value.length + 2 ? 1 : 0);
}

/** The last occurrence of an option in a group: the one oslo.config uses. */
export function lastEntry(doc: ConfDocument, group: string, key: string): ConfEntry | undefined {
  const entries = entriesOf(doc, group, key);
  return entries[entries.length - 1];
}

/**
 * Whether the file is a service's main configuration rather than a fragment (a config-dir snippet,
 * an override): it sets the message bus or the database, which no Magnum service runs without.
 * Only then does the absence of a section or option mean it is unset.
 */
export function isMainConfig(doc: ConfDocument): boolean {
  const set = (group: string, key: string) => entriesOf(doc, group, key).some((e) => e.value.trim() !== '');
  return set('DEFAULT', 'transport_url') || set('database', 'connection') || set('DEFAULT', 'sql_connection');
}
