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
