// What the reliability run records: each probe, how many times it was tried and how many held.
export interface ProbeResult {
  area: string;
  probe: string;
  tried: number;
  held: number;
  note: string;
}

/** One try's outcome: held or not, with what was seen when it did not hold. */
export type Outcome = boolean | { held: boolean; note?: string };

export class Ledger {
  readonly results: ProbeResult[] = [];

  /** Runs a probe; a probe that throws counts as tried once and not held, with the error as its note. */
  async probe(area: string, probe: string, run: () => Promise<Outcome | Outcome[]>): Promise<void> {
    const started = Date.now();
    let outcomes: Outcome[];
    try {
      const result = await run();
      outcomes = Array.isArray(result) ? result : [result];
    } catch (error) {
      outcomes = [{ held: false, note: `failed: ${(error as Error).message.slice(0, 200)}` }];
    }
    const held = outcomes.filter((o) => (typeof o === 'boolean' ? o : o.held)).length;
    const notes = [...new Set(outcomes.flatMap((o) => (typeof o === 'object' && !o.held && o.note ? [o.note] : [])))];
    const entry = { area, probe, tried: outcomes.length, held, note: notes.join('; ').slice(0, 300) };
    this.results.push(entry);
    const mark = held === outcomes.length ? 'held' : 'FAILED';
    console.log(`[${area}] ${probe}: ${held}/${outcomes.length} ${mark} (${Date.now() - started} ms)${entry.note ? ` — ${entry.note}` : ''}`);
  }

  totals(): { tried: number; held: number } {
    return this.results.reduce((t, r) => ({ tried: t.tried + r.tried, held: t.held + r.held }), { tried: 0, held: 0 });
  }
}
