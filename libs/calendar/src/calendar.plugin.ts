import { CostClass } from '@gridhr/common';
import { DomainPlugin } from '@gridhr/platform';
import { CALENDAR_RULES } from './calendar-scans';
import { WorkingCalendarDay, WorkingCalendarYear } from './calendar.entity';
import { CalendarModule } from './calendar.module';

/** The mainland working-day calendar, kept as data. */
export const calendarPlugin: DomainPlugin = {
  name: 'calendar',
  module: CalendarModule,
  entities: [WorkingCalendarYear, WorkingCalendarDay],
  rules: CALENDAR_RULES,
  costs: {
    importWorkingCalendarYear: CostClass.FILE,
  },
};
