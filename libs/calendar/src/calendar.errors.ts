import { defineErrors } from '@gridhr/common';

export enum CalendarReason {
  /** A working-day count reaches a year the calendar does not have yet. */
  CALENDAR_MISSING = 'CALENDAR_MISSING',
}

export const calendarError = defineErrors<CalendarReason>('calendar', { CALENDAR_MISSING: 'CONFLICT' });
