// The api's today (Asia/Shanghai), fetched once after sign-in: default months, years and dates follow the
// api's clock, not the browser's, so a form defaults to the day the api's rules will judge it by.
import dayjs, { Dayjs } from 'dayjs';

let apiToday: string | null = null;

export function setApiToday(day: string): void {
  apiToday = day;
}

/** The api's today; the browser's until it is known. */
export function today(): Dayjs {
  return apiToday ? dayjs(apiToday) : dayjs();
}
