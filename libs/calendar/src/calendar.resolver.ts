import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, Clock, CurrentUser, LocalDateScalar, Role, Roles } from '@gridhr/common';
import { WorkingCalendarService } from './calendar.service';
import { CalendarImportReportType, ImportWorkingCalendarYearInput, SetWorkingCalendarYearInput, WorkingCalendarYearType } from './calendar.types';

@Resolver()
export class CalendarResolver {
  constructor(
    private readonly calendar: WorkingCalendarService,
    private readonly clock: Clock,
  ) {}

  @Query(() => LocalDateScalar, {
    name: 'today',
    description: 'Today in Asia/Shanghai as the api counts it, YYYY-MM-DD: the day its rules and defaults use (the console dates its defaults by it).',
  })
  today(): string {
    return this.clock.today();
  }

  @Query(() => WorkingCalendarYearType, { nullable: true, description: 'A year of the working-day calendar; null until SYSADMIN enters it.' })
  workingCalendar(@Args('year', { type: () => Int, description: 'The calendar year, e.g. 2027.' }) year: number) {
    return this.calendar.year(year);
  }

  @Mutation(() => WorkingCalendarYearType, { description: "Enters or replaces a year's holidays and make-up working days (SYSADMIN)." })
  @Roles(Role.SYSADMIN)
  setWorkingCalendarYear(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The year, its notice, its holidays and its make-up working days.' }) input: SetWorkingCalendarYearInput,
  ) {
    return this.calendar.setYear(user, input);
  }

  @Mutation(() => CalendarImportReportType, { description: 'A year from a sheet (日期, 类型); with any bad line nothing is entered (SYSADMIN).' })
  @Roles(Role.SYSADMIN)
  importWorkingCalendarYear(
    @CurrentUser() user: AuthUser,
    @Args('input', { description: 'The year, its notice and the sheet.' }) input: ImportWorkingCalendarYearInput,
  ) {
    return this.calendar.importYear(user, input);
  }
}
