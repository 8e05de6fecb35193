/**
 * Parsed documents by URI, one version each. Only the most recently used keep their parse tree (a
 * template's tree is about fifteen times its text), so two hundred open templates do not hold two
 * hundred trees; an evicted one is parsed again when it is next needed. `has` still knows every
 * URI that was stored and not deleted.
 */
export class AnalysisCache<T> {
  private readonly entries = new Map<string, T>();
  private readonly known = new Set<string>();

  constructor(private readonly capacity = 8) {}

  get(uri: string): T | undefined {
    const entry = this.entries.get(uri);
    if (entry !== undefined) {
      this.entries.delete(uri); // re-inserted: Map order is recency order
      this.entries.set(uri, entry);
    }
    return entry;
  }

  set(uri: string, entry: T): void {
    this.entries.delete(uri);
    this.entries.set(uri, entry);
    this.known.add(uri);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
  }

  has(uri: string): boolean {
    return this.known.has(uri);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.known.delete(uri);
  }

  clear(): void {
    this.entries.clear();
    this.known.clear();
  }
}
