// The business calendar's "today" and "now" (Asia/Shanghai). Services ask the Clock, never the system
// date, so tests and demos can fix the day (CLOCK_TODAY) and pass next year exactly as they pass today.
import { isIsoDate, shanghaiToday } from './dates';

export abstract class Clock {
  abstract now(): Date;

  /** Today's date in Asia/Shanghai, YYYY-MM-DD. */
  today(): string {
    return shanghaiToday(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * A clock set to a day: it starts at 09:00 Shanghai time on that day and runs on with real time, so
 * instants still order and timeouts still pass, while the date stays the one set (a test lasts minutes).
 */
export class FixedClock extends Clock {
  private start = 0;
  private setAt = 0;

  constructor(today: string) {
    super();
    this.set(today);
  }

  set(today: string): void {
    if (!isIsoDate(today)) throw new Error(`not a date: ${today}`);
    this.start = Date.parse(`${today}T09:00:00+08:00`);
    this.setAt = Date.now();
  }

  now(): Date {
    return new Date(this.start + (Date.now() - this.setAt));
  }
}
