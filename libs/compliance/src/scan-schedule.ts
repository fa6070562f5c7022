import { ScanProgress } from './scan.jobs';

/** A rule handed to a lane, and the last subject already done (null: from the first). */
export interface LaneWork {
  rule: string;
  afterId: string | null;
}

/**
 * Which rules of a scan run are finished, which are under way (with the last subject each has done)
 * and which wait; free lanes take the next. A resumed job starts its lanes on the rules that were under
 * way, from their last committed chunk, then takes the waiting ones, so no rule starts over and none is
 * skipped, whatever the number of lanes before and after.
 */
export class ScanSchedule {
  private readonly done: Set<string>;
  private readonly running = new Map<string, string | null>();
  private readonly resumed: LaneWork[];
  private readonly waiting: string[];

  constructor(rules: readonly string[], progress?: ScanProgress) {
    this.done = new Set((progress?.done ?? []).filter((rule) => rules.includes(rule)));
    this.resumed = (progress?.running ?? []).filter((work) => rules.includes(work.rule) && !this.done.has(work.rule));
    const taken = new Set([...this.done, ...this.resumed.map((work) => work.rule)]);
    this.waiting = rules.filter((rule) => !taken.has(rule));
  }

  /** The next rule for a free lane, or null when every rule is finished or under way. */
  take(): LaneWork | null {
    const next = this.resumed.shift() ?? (this.waiting.length ? { rule: this.waiting.shift()!, afterId: null } : null);
    if (next) this.running.set(next.rule, next.afterId);
    return next;
  }

  /** A chunk of the rule committed, ending with this subject. */
  chunkDone(rule: string, afterId: string): void {
    this.running.set(rule, afterId);
  }

  ruleDone(rule: string): void {
    this.running.delete(rule);
    this.done.add(rule);
  }

  /** What the job saves after each commit. */
  progress(): ScanProgress {
    return { done: [...this.done], running: [...this.running].map(([rule, afterId]) => ({ rule, afterId })) };
  }
}
