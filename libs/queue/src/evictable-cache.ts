// A small cache of one process whose entries another process may make stale: each entry lives at most its
// time to live, an eviction drops it (or all), and a value read from its source while an eviction happened
// is not kept (it may be the value the eviction was about). Pure: the caller passes the time.

export class EvictableCache<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string, now: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > now) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Taken before reading a value from its source; `set` drops the value if an eviction came since. */
  mark(): number {
    return this.generation;
  }

  set(key: string, value: T, mark: number, now: number): void {
    if (mark !== this.generation || this.ttlMs <= 0) return;
    // Full: the oldest entry goes (a Map iterates in insertion order).
    if (!this.entries.has(key) && this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.delete(key);
    this.entries.set(key, { value, until: now + this.ttlMs });
  }

  /** Drops one entry, or every entry with '*'; values being read now will not be kept. */
  evict(key: string): void {
    this.generation += 1;
    if (key === '*') this.entries.clear();
    else this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
